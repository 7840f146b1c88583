namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// A review written as a report in sections: introduction and analysis in prose; findings or learning points;
/// recommendations listed under a heading ("Recommendations", "What needs to change", "Areas for improvement")
/// and numbered in any of the ways reviews number them (<c>1</c>, <c>1.1</c>, <c>A.</c>, <c>(a)</c>, <c>ii.</c>,
/// <c>R1</c>, <c>Recommendation 1:</c>), or each following the finding it comes from ("Finding 1" then
/// "Recommendation 1a"); and sometimes the partnership's response, agency by agency. Recognised by those sections,
/// so the next report a user adds is read without a layout of its own.
/// </summary>
public sealed class SectionedReportLayout : IReviewLayout
{
    public string Name => nameof(SectionedReportLayout);

    // Scores sit below the layouts made for one kind of document (tables 0.9, inspection reports 0.9, response
    // plans 0.85) and above "Recommendation X" headings with prose actions (0.8) only when sections or findings
    // show that the paragraphs after a recommendation are not its actions.
    public LayoutMatch Recognise(PreparedDocument document)
    {
        var outline = ReportOutline.Of(document.Blocks);
        if (outline.FindingLabels >= 2 && outline.RecommendationLabels >= 1)
            return new LayoutMatch(0.86, $"{outline.FindingLabels} 'Finding N' paragraphs followed by {outline.RecommendationLabels} recommendations");
        if (outline.ListedRecommendations >= 2)
            return new LayoutMatch(outline.Sections >= 3 ? 0.82 : 0.7, $"{outline.ListedRecommendations} numbered recommendations under a recommendations heading, {outline.Sections} section headings");
        if (outline.LearningOrResponseSections > 0 && outline.Sections >= 3)
            return new LayoutMatch(0.6, $"learning or response sections among {outline.Sections} section headings");
        return LayoutMatch.None("no recommendations, findings or responses sections");
    }

    public void Read(PreparedDocument document, ReviewDraft draft) =>
        new SectionedReportReader(document.Blocks, draft).Read();
}

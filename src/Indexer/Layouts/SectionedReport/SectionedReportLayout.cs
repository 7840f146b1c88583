using LearningSearch.Index.Units;
using LearningSearch.Indexer.Layouts.ActionPlanTable;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// A review written as a report in sections: introduction and analysis in prose; findings or learning points;
/// recommendations listed under a heading ("Recommendations", "What needs to change", "Areas for improvement")
/// and numbered in any of the ways reviews number them (<c>1</c>, <c>1.1</c>, <c>A.</c>, <c>(a)</c>, <c>ii.</c>,
/// <c>R1</c>, <c>Recommendation 1:</c>), or each following the finding it comes from ("Finding 1" then
/// "Recommendation 1a"); and sometimes the partnership's response, agency by agency, or an action-plan table at the
/// end. Recognised by those sections, so the next report a user adds is read without a layout of its own.
/// </summary>
public sealed class SectionedReportLayout : IReviewLayout
{
    private readonly ActionPlanTableLayout _table = new();

    public string Name => nameof(SectionedReportLayout);

    // Scores sit below the layouts made for one kind of document (tables 0.9, inspection reports 0.9, response
    // plans 0.85) and above "Recommendation X" headings with prose actions (0.8) only when sections or findings
    // show that the paragraphs after a recommendation are not its actions. A report whose action plan is a table
    // at the end scores above the table layout, which would otherwise take the whole report before the table for
    // its title page.
    public LayoutMatch Recognise(PreparedDocument document)
    {
        var tableAt = FirstTableHeader(document.Blocks);
        var goesOn = tableAt < 0 ? null : ReportAfterTables(document.Blocks, tableAt);
        var report = tableAt < 0 ? document.Blocks
            : goesOn is { } after ? document.Blocks.Take(tableAt).Concat(document.Blocks.Skip(after)).ToList()
            : document.Blocks.Take(tableAt).ToList();
        var outline = ReportOutline.Of(report);
        if (tableAt >= 0)
        {
            // A tracker that sets out the review's recommendations before its table of actions, and goes on to the
            // agencies' responses after it, is a report around its table: the table alone would lose the recommendations.
            var before = goesOn is null ? outline : ReportOutline.Of(document.Blocks.Take(tableAt).ToList());
            var rows = document.Blocks.Skip(tableAt + 1).Count(b => b.IsTableRow);
            var reportBefore = rows >= 2 && before.Sections >= 2 && document.Blocks.Take(tableAt).Sum(b => b.Text.Length) >= 600;
            if (reportBefore && (goesOn is null || before.ListedRecommendations >= 2))
                return new LayoutMatch(0.92, $"{before.Sections} sections of prose before an action-plan table of {rows} rows");
            // A report that goes on after its table is otherwise recognised by all its sections, as a report without a table is.
            if (goesOn is null) return LayoutMatch.None("an action-plan table without a report before it");
        }
        if (outline.FindingLabels >= 2 && outline.RecommendationLabels >= 1)
            return new LayoutMatch(0.86, $"{outline.FindingLabels} 'Finding N' paragraphs followed by {outline.RecommendationLabels} recommendations");
        if (outline.ListedRecommendations >= 2)
            return new LayoutMatch(outline.Sections >= 3 || outline.LearningOrResponseSections > 0 ? 0.82 : 0.7,
                $"{outline.ListedRecommendations} recommendations under a recommendations heading, {outline.Sections} section headings, {outline.LearningOrResponseSections} learning or response sections");
        if (outline.LearningOrResponseSections > 0 && outline.Sections >= 3)
            return new LayoutMatch(0.6, $"learning or response sections among {outline.Sections} section headings");
        return LayoutMatch.None("no recommendations, findings or responses sections");
    }

    public void Read(PreparedDocument document, ReviewDraft draft)
    {
        var tableAt = FirstTableHeader(document.Blocks);
        if (tableAt < 0)
        {
            new SectionedReportReader(document.Blocks, draft).Read();
            return;
        }

        // The report is read up to the table, the table by the table layout. Recommendations the report lists and
        // the table repeats are read once, from the table, where their actions are. A report that goes on after its
        // last table with sections of its own (a rapid review's "Actions already taken" table, then its
        // recommendations and the partners' responses) is read on as report; the table layout gets the tables alone.
        var goesOn = ReportAfterTables(document.Blocks, tableAt);
        var lastLine = goesOn is null ? int.MaxValue : goesOn.Value - 1 < 0 ? int.MaxValue : document.Blocks[goesOn.Value - 1].Line;
        // The table keeps the agency heading right above it, which names whose rows they are.
        var table = TableOnly(document, tableAt > 0 && ReportHeading.TryRead(document.Blocks[tableAt - 1]) is { IsGeneral: false } ? document.Blocks[tableAt - 1].Line : document.Blocks[tableAt].Line, lastLine);
        var listedInTable = new ReviewDraft(draft.ReviewId, draft.Agencies);
        _table.Read(table, listedInTable);
        var report = document.Blocks.Take(tableAt).Concat(goesOn is null ? [] : document.Blocks.Skip(goesOn.Value)).ToList();
        new SectionedReportReader(report, draft, listedInTable.Units.Where(u => u.Kind == UnitKind.Recommendation).ToList()).Read();
        _table.Read(table, draft);
    }

    private static int FirstTableHeader(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
            if (TableHeader.TryRead(blocks[i]) is not null) return i;
        return -1;
    }

    // Where the report resumes after the last table row: the first block after it, when a recommendations, findings
    // or responses section follows (a sign-off or "summary of progress" after a plan's tables stays the table's).
    private static int? ReportAfterTables(IReadOnlyList<Block> blocks, int tableAt)
    {
        var lastRow = -1;
        for (var i = blocks.Count - 1; i > tableAt; i--)
            if (blocks[i].IsTableRow) { lastRow = i; break; }
        if (lastRow < 0) return null;
        for (var i = lastRow + 1; i < blocks.Count; i++)
            if (ReportHeading.TryRead(blocks[i]) is { Kind: SectionKind.Recommendations or SectionKind.Findings or SectionKind.Responses })
                return lastRow + 1;
        return null;
    }

    // The document from the table's header to its last line: other lines blanked, so line numbers stay those of the file.
    private static PreparedDocument TableOnly(PreparedDocument document, int headerLine, int lastLine)
    {
        var lines = document.Document.Lines.Select((line, i) => i + 1 < headerLine || i + 1 > lastLine ? "" : line).ToArray();
        return new PreparedDocument(document.Document with { Lines = lines });
    }
}

using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// Chooses the recommendation an agency's response answers: the one it names ("Recommendation 2:", "(R2)", "in
/// response to recommendation iii"); else the one its agency's earlier response named; else the latest one
/// addressed to its agency (reports with unnumbered recommendations answer them agency by agency); else the
/// report's latest recommendation.
/// </summary>
internal sealed class ResponseTarget(ReviewDraft draft)
{
    private DraftUnit? _named;

    /// <summary>A new agency's heading: what the agency before it named says nothing of this one's responses.</summary>
    public void NewAgency() => _named = null;

    public DraftUnit? For(Block block, string? agency)
    {
        var named = ProseReferences.RecommendationNamed(block.Text);
        var recommendation = named is null ? null : Numbered(named);
        if (named is not null && recommendation is null)
            draft.Warnings.Add($"line {block.Line}: a response names recommendation {named}, which the review does not list; linked by its agency instead.");
        if (recommendation is not null) return _named = recommendation;
        return _named
            ?? Recommendations().LastOrDefault(r => agency is not null && r.Agencies.Contains(agency))
            ?? Recommendations().LastOrDefault();
    }

    private IEnumerable<DraftUnit> Recommendations() => draft.Units.Where(u => u.Kind == UnitKind.Recommendation && u.HasText);

    private DraftUnit? Numbered(string named) =>
        Recommendations().FirstOrDefault(u => u.Number is not null && ProseReferences.SameNumber(named, u.Number));
}

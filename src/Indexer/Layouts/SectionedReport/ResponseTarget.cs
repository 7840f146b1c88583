using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// Chooses the recommendation an agency's response answers: the one it names ("Recommendation 2:", "(R2)", "in
/// response to recommendation iii"); else the one its agency's earlier response named; else, of the recommendations
/// it could answer (those since the last findings, or all), the one addressed to its agency, or when several or none
/// are, the one it shares most words with ("closure checklist" answers the recommendation about closing early help);
/// else the report's latest recommendation.
/// </summary>
/// <param name="recent">The recommendations a response section would answer (those since the last findings).</param>
internal sealed class ResponseTarget(ReviewDraft draft, IReadOnlyList<DraftUnit>? recent = null)
{
    // A response that shares fewer words than this with every recommendation is not matched by its words.
    private const int FewestSharedWords = 2;

    private DraftUnit? _named;

    // Whether the last choice was the recommendation an earlier response of the agency named.
    private bool _namedByEarlier;

    /// <summary>A new agency's heading: what the agency before it named says nothing of this one's responses.</summary>
    public void NewAgency() => _named = null;

    /// <summary>
    /// The recommendations a response answers: the one <see cref="For"/> chooses, or, when its agency has several and the
    /// response shares words with more than one of them, each it shares about as many words with as the best ("PSNI: a
    /// supervisor now reviews previous episodes ... the coordinator model was presented ..." answers both of the
    /// PSNI's recommendations, one on reviewing episodes, one on the coordinator role).
    /// </summary>
    public IReadOnlyList<DraftUnit> Answered(Block block, string? agency)
    {
        var one = For(block, agency);
        if (one is null || agency is null || ProseReferences.RecommendationNamed(block.Text) is not null || _namedByEarlier) return one is null ? [] : [one];
        var pool = recent is { Count: > 0 } ? recent.Where(r => r.HasText).ToList() : Recommendations().ToList();
        var agencies = pool.Where(r => r.Agencies.Any(a => SameAgency(a, agency))).ToList();
        if (agencies.Count < 2) return [one];
        var words = SharedWords.Of(block.Text);
        var scored = agencies.Select(r => (Recommendation: r, Shared: SharedWords.Count(words, SharedWords.Of(r.Text)))).ToList();
        var best = scored.Max(x => x.Shared);
        var answered = scored.Where(x => x.Shared >= FewestSharedWords + 1 && 2 * x.Shared >= best).Select(x => x.Recommendation).ToList();
        return answered.Count > 1 ? answered : [one];
    }

    public DraftUnit? For(Block block, string? agency)
    {
        _namedByEarlier = false;
        var named = ProseReferences.RecommendationNamed(block.Text);
        var recommendation = named is null ? null : Numbered(named);
        if (named is not null && recommendation is null)
            draft.Warnings.Add($"line {block.Line}: a response names recommendation {named}, which the review does not list; linked by its agency instead.");
        if (recommendation is not null) return _named = recommendation;
        if (_named is not null)
        {
            _namedByEarlier = true;
            return _named;
        }
        var pool = recent is { Count: > 0 } ? recent.Where(r => r.HasText).ToList() : Recommendations().ToList();
        var agencies = pool.Where(r => agency is not null && r.Agencies.Any(a => SameAgency(a, agency))).ToList();
        if (agencies.Count == 1) return agencies[0];
        return MostShared(agencies.Count > 1 ? agencies : pool, block.Text)
            ?? agencies.LastOrDefault()
            ?? Recommendations().LastOrDefault();
    }

    // "Southcombe Council" and "Southcombe Council Children's Services" are the same agency answering.
    private static bool SameAgency(string a, string b) =>
        a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);

    private static DraftUnit? MostShared(IReadOnlyList<DraftUnit> candidates, string response)
    {
        var words = SharedWords.Of(response);
        var scored = candidates.Select(r => (Recommendation: r, Shared: SharedWords.Count(words, SharedWords.Of(r.Text)))).ToList();
        var best = scored.OrderByDescending(x => x.Shared).FirstOrDefault();
        return best.Recommendation is not null && best.Shared >= FewestSharedWords && scored.Count(x => x.Shared == best.Shared) == 1
            ? best.Recommendation
            : null;
    }

    private IEnumerable<DraftUnit> Recommendations() => draft.Units.Where(u => u.Kind == UnitKind.Recommendation && u.HasText);

    private DraftUnit? Numbered(string named) =>
        Recommendations().FirstOrDefault(u => u.Number is not null && ProseReferences.SameNumber(named, u.Number));
}

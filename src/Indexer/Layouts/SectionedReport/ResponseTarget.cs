using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// Chooses the recommendation(s) an agency's response answers: the one it names ("Recommendation 2:", "(R2)", "in
/// response to recommendation iii"); else the one its agency's earlier response named; else, of the recommendations
/// it could answer (those since the last findings, or all), the one addressed to its agency, or when several are,
/// each of them the response shares about as many words with as the best ("PSNI: a supervisor now reviews previous
/// episodes ... the coordinator model was presented ..." answers both of the PSNI's), or the one it shares most words
/// with ("closure checklist" answers the recommendation about closing early help); else the report's latest recommendation.
/// </summary>
/// <param name="recent">The recommendations a response section would answer (those since the last findings).</param>
internal sealed class ResponseTarget(ReviewDraft draft, IReadOnlyList<DraftUnit>? recent = null)
{
    // A response that shares fewer words than this with every recommendation is not matched by its words.
    private const int FewestSharedWords = 2;

    private DraftUnit? _named;
    private string? _namedBy;

    /// <summary>A new agency's heading: what the agency before it named says nothing of this one's responses.</summary>
    public void NewAgency() => _named = null;

    /// <summary>The recommendations the response answers, in document order; none when the review has none yet.</summary>
    public IReadOnlyList<DraftUnit> Answered(Block block, string? agency)
    {
        var named = ProseReferences.RecommendationNamed(block.Text);
        var recommendation = named is null ? null : Numbered(named);
        if (named is not null && recommendation is null)
            draft.Warnings.Add($"line {block.Line}: a response names recommendation {named}, which the review does not list; linked by its agency instead.");
        if (recommendation is not null)
        {
            _namedBy = agency;
            return [_named = recommendation];
        }
        // Bullets without agency headings: another agency's line says nothing of what the one before it named.
        if (_named is not null && (agency is null || _namedBy is null || SameAgency(agency, _namedBy))) return [_named];
        var pool = recent is { Count: > 0 } ? recent.Where(r => r.HasText).ToList() : Recommendations().ToList();
        var agencies = pool.Where(r => agency is not null && r.Agencies.Any(a => SameAgency(a, agency))).ToList();
        // A thematic review's responses come after its last theme: an agency with no recommendation since the last
        // findings answers the one addressed to it earlier.
        if (agencies.Count == 0 && agency is not null)
            agencies = Recommendations().Where(r => r.Agencies.Any(a => SameAgency(a, agency))).ToList();
        if (agencies.Count == 1) return [agencies[0]];
        var scored = Scored(agencies.Count > 1 ? agencies : pool, block.Text);
        if (agencies.Count > 1 && scored.Max(x => x.Shared) is var best
            && scored.Where(x => x.Shared >= FewestSharedWords + 1 && 2 * x.Shared >= best).Select(x => x.Recommendation).ToList() is { Count: > 1 } several)
            return several;
        var one = MostShared(scored) ?? agencies.LastOrDefault() ?? Recommendations().LastOrDefault();
        return one is null ? [] : [one];
    }

    // "Southcombe Council" and "Southcombe Council Children's Services" are the same agency answering.
    internal static bool SameAgency(string a, string b) =>
        a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);

    private static List<(DraftUnit Recommendation, int Shared)> Scored(IReadOnlyList<DraftUnit> candidates, string response)
    {
        var words = SharedWords.Of(response);
        return candidates.Select(r => (Recommendation: r, Shared: SharedWords.Count(words, SharedWords.Of(r.Text)))).ToList();
    }

    private static DraftUnit? MostShared(IReadOnlyList<(DraftUnit Recommendation, int Shared)> scored)
    {
        var best = scored.OrderByDescending(x => x.Shared).FirstOrDefault();
        return best.Recommendation is not null && best.Shared >= FewestSharedWords && scored.Count(x => x.Shared == best.Shared) == 1
            ? best.Recommendation
            : null;
    }

    private IEnumerable<DraftUnit> Recommendations() => draft.Units.Where(u => u.Kind == UnitKind.Recommendation && u.HasText);

    private DraftUnit? Numbered(string named) =>
        Recommendations().FirstOrDefault(u => u.Number is not null && ProseReferences.SameNumber(named, u.Number));
}

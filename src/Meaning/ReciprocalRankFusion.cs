namespace LearningSearch.Meaning;

/// <summary>
/// Joins the ranking by words and the ranking by meaning into one by reciprocal rank fusion
/// (Cormack, Clarke and Büttcher, SIGIR 2009): a unit at rank r of a list scores weight / (k + r), summed over
/// the lists. Only ranks are used, because BM25 scores and cosine similarities are on scales that do not compare.
/// </summary>
public sealed class ReciprocalRankFusion
{
    /// <param name="k">Damps the top ranks' advantage; 60 is the paper's value and works across collections.</param>
    /// <param name="wordsWeight">How much a rank in the words list counts.</param>
    /// <param name="meaningWeight">How much a rank in the meaning list counts.</param>
    public ReciprocalRankFusion(double k = 60, double wordsWeight = 1, double meaningWeight = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfNegative(wordsWeight);
        ArgumentOutOfRangeException.ThrowIfNegative(meaningWeight);
        K = k;
        WordsWeight = wordsWeight;
        MeaningWeight = meaningWeight;
    }

    public double K { get; }

    public double WordsWeight { get; }

    public double MeaningWeight { get; }

    /// <summary>
    /// Every unit of either list once, best first. Ties go to the unit with the better single rank, then to the
    /// lower unit id, so the order is repeatable. A unit listed twice in one list counts at its first place.
    /// </summary>
    public IReadOnlyList<FusedHit> Fuse(IReadOnlyList<string> byWords, IReadOnlyList<string> byMeaning)
    {
        var wordsRanks = RanksOf(byWords);
        var meaningRanks = RanksOf(byMeaning);
        var hits = new List<FusedHit>(wordsRanks.Count + meaningRanks.Count);
        foreach (var unitId in wordsRanks.Keys.Union(meaningRanks.Keys))
        {
            int? wordsRank = wordsRanks.TryGetValue(unitId, out var w) ? w : null;
            int? meaningRank = meaningRanks.TryGetValue(unitId, out var m) ? m : null;
            var score = (wordsRank is { } wr ? WordsWeight / (K + wr) : 0)
                + (meaningRank is { } mr ? MeaningWeight / (K + mr) : 0);
            var foundBy = (wordsRank is null ? 0 : FoundBy.Words) | (meaningRank is null ? 0 : FoundBy.Meaning);
            hits.Add(new FusedHit(unitId, score, foundBy, wordsRank, meaningRank));
        }
        return hits
            .OrderByDescending(h => h.Score)
            .ThenBy(h => Math.Min(h.WordsRank ?? int.MaxValue, h.MeaningRank ?? int.MaxValue))
            .ThenBy(h => h.UnitId, StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<string, int> RanksOf(IReadOnlyList<string> ranking)
    {
        var ranks = new Dictionary<string, int>(ranking.Count, StringComparer.Ordinal);
        for (var i = 0; i < ranking.Count; i++)
        {
            ranks.TryAdd(ranking[i], i + 1);
        }
        return ranks;
    }
}

using LearningSearch.Meaning;
using LearningSearch.SearchApi.Contracts;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// One ranking of a question searched by its words and by its meaning: the best units by words and the units nearest in
/// meaning, joined by reciprocal rank fusion, then the rest of the word matches in their own order. The result set of
/// such a search is every unit its words match and every unit near enough in meaning (within the filters): its total
/// and facets count exactly those.
/// </summary>
public sealed class HybridRanking(HybridSettings settings)
{
    private readonly ReciprocalRankFusion _fusion = new(k: settings.RankDamping, wordsWeight: 1, meaningWeight: settings.MeaningWeight);

    public HybridSettings Settings { get; } = settings;

    /// <summary>
    /// The fused order of the word hits (best first, at least as many as the page needs) and the meaning hits (best
    /// first); each entry says which search found it, and carries its fused score.
    /// </summary>
    public IReadOnlyList<RankedDoc> Rank(IReadOnlyList<ScoreDoc> byWords, IReadOnlyList<(int Doc, float Similarity)> byMeaning)
    {
        var nearEnough = byMeaning.Where(m => m.Similarity >= Settings.LeastSimilarity).ToList();
        var fusedDepth = Math.Min(byWords.Count, Settings.WordsDepth);
        var ranked = Fuse(_fusion, byWords.Take(fusedDepth).Select(d => d.Doc), nearEnough.Select(m => m.Doc));
        // Past the fused depth the words alone rank, each below every fused unit.
        var floor = ranked.Count == 0 ? 0 : ranked[^1].Score;
        for (var i = fusedDepth; i < byWords.Count; i++)
        {
            floor *= 0.999;
            ranked.Add(new RankedDoc(byWords[i].Doc, floor, FoundBy.Words));
        }
        return ranked;
    }

    /// <summary>Two rankings of index documents joined by <paramref name="fusion"/> (search hits and similar units alike).</summary>
    internal static List<RankedDoc> Fuse(ReciprocalRankFusion fusion, IEnumerable<int> byWords, IEnumerable<int> byMeaning) =>
        fusion.Fuse(byWords.Select(Key).ToList(), byMeaning.Select(Key).ToList())
            .Select(hit => new RankedDoc(int.Parse(hit.UnitId, System.Globalization.CultureInfo.InvariantCulture), hit.Score, hit.FoundBy))
            .ToList();

    // Fusion ranks by key; index documents are unique within the one generation searched.
    private static string Key(int doc) => doc.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An index document in a fused ranking, with its score there and which search found it.</summary>
public readonly record struct RankedDoc(int Doc, double Score, FoundBy FoundBy)
{
    /// <summary>What found it, as a hit says it (<see cref="UnitHit.FoundBy"/>).</summary>
    public string FoundByName => FoundBy switch
    {
        FoundBy.Both => UnitHit.FoundByBoth,
        FoundBy.Meaning => UnitHit.FoundByMeaning,
        _ => UnitHit.FoundByWords,
    };
}

/// <summary>
/// How a question's word and meaning rankings are joined (<c>Search:Hybrid:*</c>), chosen on the tuning half of the blind
/// questions (docs/quality.md); settable so that each choice can be measured on its own.
/// </summary>
/// <param name="WordsDepth">Word matches taken into the fusion: relevant units are nearly always among the first hundred by words.</param>
/// <param name="MeaningDepth">Units taken by meaning: more would bring in units only loosely about the question.</param>
/// <param name="LeastSimilarity">The least cosine similarity for a unit to be found by meaning: below it a unit shares the
/// question's vocabulary of safeguarding at large rather than its subject, and a question about nothing in the corpus finds nothing.</param>
/// <param name="MeaningWeight">How much a rank by meaning counts against a rank by words (1: the same).</param>
/// <param name="RankDamping">Reciprocal rank fusion's k: the smaller, the more the first places of each ranking count.</param>
/// <param name="ThemesByMeaning">Whether a theme the theme model reads in the question's meaning joins the query as a theme its words name does.</param>
/// <param name="LeastThemeProbability">The theme model's least probability for that.</param>
public sealed record HybridSettings(int WordsDepth = 100, int MeaningDepth = 30, float LeastSimilarity = 0.5f, double MeaningWeight = 0.6, double RankDamping = 15, bool ThemesByMeaning = false, double LeastThemeProbability = 0.8);

using System.Numerics;
using System.Runtime.CompilerServices;
using LearningSearch.Index.Generations;
using LearningSearch.Index.Units;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// One pass over the matches: the best hits for the page (recommendations lifted) and the facet counts of the
/// whole result set. In any document order, so that a query of many OR'ed words can use Lucene's bucketed scorer;
/// <see cref="WordWindowScorer"/> hands it a window of matches at a time instead.
/// </summary>
/// <remarks>
/// Trainers and board chairs look for recommendations first: <see cref="SearchQueryBuilder.RecommendationLift"/> is
/// added to a recommendation's score as it is collected. It ranks exactly as a SHOULD clause scoring a constant on
/// kind:recommendation would (BM25 has no coordination factor and a query norm of 1), without leap-frogging every
/// match against the postings of 100,000 recommendations, and it leaves the words' own query free to score out of order.
/// </remarks>
public sealed class HitsAndFacetsCollector : ICollector
{
    private const float Lift = SearchQueryBuilder.RecommendationLift;

    private readonly BestHits _best;
    private Scorer? _scorer;
    private int _docBase;
    private int _recommendation = -1;

    /// <param name="facets">The facet values of the generation searched; see <see cref="FacetCounter"/>.</param>
    public HitsAndFacetsCollector(int hitsWanted, FacetOrdinals? facets = null)
    {
        _best = new BestHits(hitsWanted);
        Facets = new FacetCounter(facets);
    }

    public FacetCounter Facets { get; }

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        Facets.SetNextReader(context);
        _recommendation = Array.IndexOf(Facets.KindNames, UnitKind.Recommendation.Name());
    }

    public void Collect(int doc)
    {
        TotalHits++;
        Facets.Match(doc);
        Offer(doc, _scorer!.GetScore());
    }

    /// <summary>
    /// Counts a window of matches of the current segment at once: bit i of <paramref name="matched"/> is document
    /// <paramref name="start"/> + i, and <paramref name="start"/> is a multiple of 64. Their scores follow through <see cref="Offer"/>.
    /// </summary>
    internal void MatchWindow(int start, ReadOnlySpan<ulong> matched)
    {
        var count = 0;
        foreach (var word in matched) count += BitOperations.PopCount(word);
        TotalHits += count;
        Facets.MatchWindow(start, matched);
    }

    /// <summary>A match of the current segment and its score, already counted: kept if it makes the page, lifted if a recommendation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Offer(int doc, float score)
    {
        // Most matches of a broad search score below the page's worst hit even if lifted: nothing more to do for them.
        if (score + Lift < _best.Floor) return;
        Keep(doc, score);
    }

    /// <summary>
    /// Whether a match of the current segment scoring at most <paramref name="atMost"/> could still make the page
    /// (lifted if it is a recommendation); false only when it surely cannot.
    /// </summary>
    internal bool CouldMakeThePage(int doc, float atMost)
    {
        var floor = _best.Floor;
        if (atMost + Lift < floor) return false;
        return atMost >= floor || (_recommendation >= 0 && Facets.KindOf(doc) == _recommendation);
    }

    private void Keep(int doc, float score)
    {
        if (_recommendation >= 0 && Facets.KindOf(doc) == _recommendation) score += Lift;
        _best.Offer(_docBase + doc, score);
    }

    /// <summary>The hits of one page, best first, once the search has run.</summary>
    public ScoreDoc[] Page(int start, int size) => _best.Best(start, size);
}

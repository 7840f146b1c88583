using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// One pass over the matches: the best hits for the page (recommendations lifted) and the facet counts of the
/// whole result set. In any document order, so that a query of many OR'ed words can use Lucene's bucketed scorer.
/// </summary>
public sealed class HitsAndFacetsCollector : ICollector
{
    private readonly TopScoreDocCollector _top;
    private readonly RecommendationLift _lift = new(SearchQueryBuilder.RecommendationLift);
    private int _recommendation = -1;

    public HitsAndFacetsCollector(int hitsWanted)
    {
        _top = TopScoreDocCollector.Create(hitsWanted, docsScoredInOrder: false);
    }

    public FacetCounter Facets { get; } = new();

    public int TotalHits => _top.TotalHits;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        _lift.SetInner(scorer);
        _top.SetScorer(_lift);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _top.SetNextReader(context);
        Facets.SetNextReader(context);
        _recommendation = Array.IndexOf(Facets.KindNames, "recommendation");
    }

    public void Collect(int doc)
    {
        var kind = Facets.CountAndGetKind(doc);
        _lift.OnDocument(doc, kind == _recommendation && kind >= 0);
        _top.Collect(doc);
    }

    /// <summary>The hits of one page, best first, once the search has run.</summary>
    public ScoreDoc[] Page(int start, int size) => _top.GetTopDocs(start, size).ScoreDocs;
}

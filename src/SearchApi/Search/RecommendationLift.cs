using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// Adds <see cref="SearchQueryBuilder.RecommendationLift"/> to the score of every recommendation as the hits are
/// collected. It ranks exactly as a SHOULD clause on kind:recommendation would (BM25 has no coordination factor and
/// a query norm of 1, so such a clause adds its boost), without leap-frogging every match against the postings of
/// 100,000 recommendations, and it leaves the words' own query free to score out of order.
/// </summary>
internal sealed class RecommendationLift(float lift) : Scorer(null)
{
    private Scorer? _inner;
    private bool _lifted;
    private int _doc = -1;

    public void SetInner(Scorer inner) => _inner = inner;

    /// <summary>The document about to be collected (the scorer may be a bulk scorer's stand-in without a current doc of its own), and whether it is a recommendation.</summary>
    public void OnDocument(int doc, bool isRecommendation)
    {
        _doc = doc;
        _lifted = isRecommendation;
    }

    public override float GetScore()
    {
        var score = _inner!.GetScore();
        return _lifted ? score + lift : score;
    }

    public override int DocID => _doc;

    public override int Freq => _inner!.Freq;

    public override int NextDoc() => throw new NotSupportedException("The lift only rescores documents being collected.");

    public override int Advance(int target) => throw new NotSupportedException("The lift only rescores documents being collected.");

    public override long GetCost() => _inner!.GetCost();
}

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.Index;

/// <summary>
/// Every document a query matches, in index order, unscored: a review's units, all recommendations, all reviews.
/// Asking Lucene for the "top MaxDoc hits" instead fills a ranked queue of one entry per document in the index
/// (500,000 at 5,000 reviews) however few match, on every call.
/// </summary>
public static class MatchingDocuments
{
    public static List<int> Of(IndexSearcher searcher, Query query)
    {
        var collector = new InIndexOrder();
        searcher.Search(query, collector);
        return collector.Documents;
    }

    private sealed class InIndexOrder : ICollector
    {
        private int _docBase;

        public List<int> Documents { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => Documents.Add(_docBase + doc);
    }
}

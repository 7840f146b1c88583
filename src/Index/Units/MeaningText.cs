using LearningSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.Index.Units;

/// <summary>The words of a unit its meaning is read from, for search by meaning (the service and the command line alike).</summary>
public static class MeaningText
{
    /// <summary>
    /// The unit's own text: what it asks, did or found. Its details (fixed fields such as "By whom") and its section
    /// heading are left out: they are the same over many units, and would pull unlike units together.
    /// </summary>
    public static string Of(LearningUnit unit) => unit.Text;

    /// <summary>
    /// Every unit of an index, in index-document order, with the text its meaning is read from: what a generation's
    /// vectors are made of (the service's background fill and the command line's build alike).
    /// </summary>
    public static IEnumerable<(int Doc, string UnitId, string Text)> OfEveryUnit(IndexSearcher searcher, CancellationToken stop = default)
    {
        var docs = new List<int>();
        searcher.Search(IndexFields.Units(), new EveryDocument(docs));
        docs.Sort();
        for (var i = 0; i < docs.Count; i++)
        {
            if (i % 1024 == 0) stop.ThrowIfCancellationRequested();
            var unit = UnitDocuments.ReadUnit(searcher.Doc(docs[i]));
            yield return (docs[i], unit.Id, Of(unit));
        }
    }

    private sealed class EveryDocument(List<int> docs) : ICollector
    {
        private int _base;

        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc) => docs.Add(_base + doc);

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

        public void SetScorer(Scorer scorer)
        {
        }
    }
}

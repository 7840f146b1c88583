using System.Runtime.CompilerServices;
using LearningSearch.Indexer.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// What one index generation holds, computed once from doc values and cached with the reader: the reviews,
/// and for each theme how many units and which reviews and years raise it (for the themes list and recurrence).
/// </summary>
public sealed class CorpusCatalog
{
    private static readonly ConditionalWeakTable<object, CorpusCatalog> Cache = new();

    private CorpusCatalog(IndexSearcher searcher)
    {
        var reviewHits = searcher.Search(new TermQuery(new Term(IndexFields.DocType, IndexFields.ReviewDoc)), Math.Max(1, searcher.IndexReader.MaxDoc));
        Reviews = reviewHits.ScoreDocs
            .Select(h => UnitDocuments.ReadReview(searcher.Doc(h.Doc)))
            .OrderBy(r => r.Review.Year ?? int.MaxValue).ThenBy(r => r.Review.Id, StringComparer.Ordinal)
            .ToDictionary(r => r.Review.Id, StringComparer.Ordinal);

        var cells = new Dictionary<(string Theme, string Review), int>();
        var kinds = new Dictionary<(string Theme, string Review, string Kind), int>();
        var bytes = new BytesRef();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var themes = reader.GetSortedSetDocValues(IndexFields.ThemeFacet);
            var review = reader.GetSortedDocValues(IndexFields.ReviewFacet);
            var kind = reader.GetSortedDocValues(IndexFields.KindFacet);
            if (themes is null || review is null || kind is null) continue;
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                var r = review.GetOrd(doc);
                var k = kind.GetOrd(doc);
                if (r < 0 || k < 0) continue;
                review.LookupOrd(r, bytes);
                var reviewId = bytes.Utf8ToString();
                kind.LookupOrd(k, bytes);
                var kindName = bytes.Utf8ToString();
                themes.SetDocument(doc);
                for (var ord = themes.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = themes.NextOrd())
                {
                    themes.LookupOrd(ord, bytes);
                    var theme = bytes.Utf8ToString();
                    cells[(theme, reviewId)] = cells.GetValueOrDefault((theme, reviewId)) + 1;
                    kinds[(theme, reviewId, kindName)] = kinds.GetValueOrDefault((theme, reviewId, kindName)) + 1;
                }
            }
        }
        Cells = cells;
        Kinds = kinds;
    }

    /// <summary>The reviews in year order.</summary>
    public IReadOnlyDictionary<string, IndexedReview> Reviews { get; }

    /// <summary>Units per theme and review.</summary>
    public IReadOnlyDictionary<(string Theme, string Review), int> Cells { get; }

    /// <summary>Units per theme, review and kind.</summary>
    public IReadOnlyDictionary<(string Theme, string Review, string Kind), int> Kinds { get; }

    public int UnitsOf(string theme) => Cells.Where(c => c.Key.Theme == theme).Sum(c => c.Value);

    public IReadOnlyList<IndexedReview> ReviewsRaising(string theme) =>
        Reviews.Values.Where(r => Cells.ContainsKey((theme, r.Review.Id))).ToList();

    public static CorpusCatalog For(IndexSearcher searcher) =>
        Cache.GetValue(searcher.IndexReader.CoreCacheKey, _ => new CorpusCatalog(searcher));
}

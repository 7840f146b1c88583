using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.Index.Generations;

/// <summary>
/// What one index generation holds, computed once from doc values when it is published: the reviews,
/// and for each theme how many units and which reviews and years raise it (for the themes list and recurrence).
/// </summary>
public sealed class CorpusCatalog
{
    private CorpusCatalog(IndexSearcher searcher, FacetOrdinals facets)
    {
        Reviews = MatchingDocuments.Of(searcher, IndexFields.Reviews())
            .Select(doc => UnitDocuments.ReadReview(searcher.Doc(doc)))
            .OrderBy(r => r.Review.Year ?? int.MaxValue).ThenBy(r => r.Review.Id, StringComparer.Ordinal)
            // The builder gives every review its own id; an index built before it did may hold one id twice.
            .DistinctBy(r => r.Review.Id, StringComparer.Ordinal)
            .ToDictionary(r => r.Review.Id, StringComparer.Ordinal);

        var cells = new Dictionary<(string Theme, string Review), int>();
        var kinds = new Dictionary<(string Theme, string Review, string Kind), int>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            // Counted by ordinal over the segment's facet arrays, then named once per non-empty cell.
            var reader = leaf.AtomicReader;
            var v = facets.Of(leaf.Ord).Values;
            var (themeCount, reviewCount, kindCount) = (v.Themes.Length, v.Reviews.Length, v.Kinds.Length);
            if (themeCount == 0 || reviewCount == 0 || kindCount == 0) continue;
            var counts = new int[themeCount * reviewCount * kindCount];
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                var (r, k) = (v.ReviewOf(doc), v.KindOf(doc));
                if (r < 0 || k < 0) continue;
                foreach (var theme in v.ThemesOf(doc)) counts[(theme * reviewCount + r) * kindCount + k]++;
            }
            for (var cell = 0; cell < counts.Length; cell++)
            {
                if (counts[cell] == 0) continue;
                var (theme, review, kind) = (v.Themes[cell / kindCount / reviewCount], v.Reviews[cell / kindCount % reviewCount], v.Kinds[cell % kindCount]);
                cells[(theme, review)] = cells.GetValueOrDefault((theme, review)) + counts[cell];
                kinds[(theme, review, kind)] = kinds.GetValueOrDefault((theme, review, kind)) + counts[cell];
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

    /// <summary>Reads the catalogue of the generation <paramref name="searcher"/> searches, whose facet values are <paramref name="facets"/>.</summary>
    public static CorpusCatalog Of(IndexSearcher searcher, FacetOrdinals facets) => new(searcher, facets);
}

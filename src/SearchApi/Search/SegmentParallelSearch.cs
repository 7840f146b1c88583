using LearningSearch.Index.Generations;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// Searches the segments of an index at the same time, one <see cref="HitsAndFacetsCollector"/> each, and merges
/// their best hits and facet counts. The query is weighted once for the whole index, so every segment scores with
/// the same statistics and the ranking is the one a search segment after segment gives (ties to the lower document,
/// as Lucene's collector breaks them). A broad search over 500,000 units spends most of its time scoring and counting
/// matches; on a machine with two cores and two segments that time is shared between them. The caller decides
/// (see <see cref="SearchTurns.MaySpread"/>): when other searches already keep the cores busy, splitting one search only
/// adds overhead, so a search runs segment after segment then.
/// </summary>
public static class SegmentParallelSearch
{
    /// <summary>Searches the segments at the same time or one after another, as asked (one segment or one core: one after another).</summary>
    public static SearchMatches Run(IndexSearcher searcher, Query query, Filter? filter, int hitsWanted, bool inParallel)
    {
        var leaves = searcher.IndexReader.Leaves;
        inParallel = inParallel && leaves.Count >= 2 && Environment.ProcessorCount >= 2;
        // Rewritten once here (a fuzzy word or a wildcard walks the terms dictionary to rewrite), for the window
        // scorer and Lucene's scorers alike; rewriting a rewritten query again is only a check.
        query = searcher.Rewrite(query);
        var words = WordWindowScorer.For(searcher, query);
        // Every segment counts into the generation's one numbering of facet values (read here once for a searcher of no live index).
        var values = Generation.Of(searcher)?.Facets ?? FacetOrdinals.Of(searcher.IndexReader);
        if (words is null && !inParallel)
        {
            var single = new HitsAndFacetsCollector(hitsWanted, values);
            searcher.Search(query, filter, single);
            single.Facets.Finish();
            return new SearchMatches(single.TotalHits, single.Facets, single.Page(0, hitsWanted));
        }

        // Weighted once for the whole index (and only if a segment needs Lucene's own scorers).
        var weight = new Lazy<Weight>(() => searcher.CreateNormalizedWeight(filter is null ? query : new FilteredQuery(query, filter)));
        var collectors = new HitsAndFacetsCollector[leaves.Count];
        SearchTurns.Share(leaves.Count, inParallel, i =>
        {
            var collector = collectors[i] = new HitsAndFacetsCollector(hitsWanted, values);
            var leaf = leaves[i];
            collector.SetNextReader(leaf);
            if (words is not null && Allowed(filter, leaf) is { } allowed)
            {
                if (allowed.Any) words.Score(leaf, allowed.Docs, collector);
            }
            else
            {
                weight.Value.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
            }
            collector.Facets.Finish();
        });

        var facets = collectors[0].Facets;
        for (var i = 1; i < collectors.Length; i++) facets.Add(collectors[i].Facets);
        var best = collectors
            .SelectMany(c => c.Page(0, hitsWanted))
            .OrderByDescending(d => d.Score).ThenBy(d => d.Doc)
            .Take(hitsWanted)
            .ToArray();
        return new SearchMatches(collectors.Sum(c => c.TotalHits), facets, best);
    }

    /// <summary>
    /// The documents of a segment a search may match: those not deleted, and those the filter lets through as
    /// random-access bits (the cached filters do); null when the filter offers no bits, so Lucene's scorers must run.
    /// </summary>
    private static (bool Any, IBits? Docs)? Allowed(Filter? filter, AtomicReaderContext leaf)
    {
        var live = leaf.AtomicReader.LiveDocs;
        if (filter is null) return (true, live);
        var set = filter.GetDocIdSet(leaf, live);
        if (set is null) return (false, null);
        return set.Bits is { } bits ? (true, bits) : null;
    }
}

/// <summary>What a search found: how many units, their facet counts, and the best hits up to the page asked for.</summary>
public sealed class SearchMatches(int totalHits, FacetCounter facets, ScoreDoc[] best)
{
    public int TotalHits { get; } = totalHits;

    public FacetCounter Facets { get; } = facets;

    /// <summary>The hits of one page, best first.</summary>
    public ScoreDoc[] Page(int start, int size) => best.Skip(start).Take(size).ToArray();
}

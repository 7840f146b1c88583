using System.Diagnostics;
using LearningSearch.Indexer.Indexing;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.Themes;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>Runs a search: one pass collects the page of hits and the facet counts of the whole result set.</summary>
public sealed class UnitSearch(LiveIndex index, SearchQueryBuilder builder, HitMapper mapper, Taxonomy taxonomy)
{
    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var plan = builder.Build(request);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;

        var collected = Collect(searcher, plan);
        var facets = collected.Facets;
        var total = collected.TotalHits;
        if (plan.Page > 1 && (plan.Page - 1) * plan.PageSize >= total)
            throw new BadRequestException("Page out of range", $"Page {plan.Page} is beyond the last page of results ({Math.Max(1, (total + plan.PageSize - 1) / plan.PageSize)}).");

        var docs = collected.Page((plan.Page - 1) * plan.PageSize, plan.PageSize);
        var hits = docs.Select(d => mapper.Map(searcher, UnitDocuments.ReadUnit(searcher.Doc(d.Doc)), float.IsNaN(d.Score) ? 0 : d.Score, plan.MatchTerms)).ToList();
        var catalog = CorpusCatalog.For(searcher);

        var response = new SearchResponse(
            plan.Query,
            plan.ExpandedQuery,
            total,
            plan.Page,
            plan.PageSize,
            0,
            hits,
            new SearchFacets(
                Facet(facets.Themes, id => taxonomy.Find(id)?.Label ?? id),
                Facet(facets.Reviews, id => catalog.Reviews.TryGetValue(id, out var r) ? HitMapper.ReviewName(id, r.Review) : id),
                Facet(facets.Kinds, k => k),
                Facet(facets.Agencies, a => a),
                facets.Years.OrderBy(y => y.Key).Select(y => new FacetValue(y.Key.ToString(), y.Key.ToString(), y.Value)).ToList()),
            plan.Notice,
            plan.Expansions);
        return response with { TookMs = Math.Round(clock.Elapsed.TotalMilliseconds, 2) };
    }

    /// <summary>Finds the matches of a plan: the hits up to its page and the facet counts of them all.</summary>
    public static HitsAndFacetsCollector Collect(IndexSearcher searcher, SearchPlan plan)
    {
        var collector = new HitsAndFacetsCollector(plan.Page * plan.PageSize);
        try
        {
            searcher.Search(plan.LuceneQuery, plan.Filter, collector);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new BadRequestException("Search too broad", "The search expands to too many terms; use fewer wildcards or longer word stems before *.");
        }
        collector.Facets.Finish();
        return collector;
    }

    private static List<FacetValue> Facet(IReadOnlyDictionary<string, int> counts, Func<string, string> label) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new FacetValue(c.Key, label(c.Key), c.Value)).ToList();
}

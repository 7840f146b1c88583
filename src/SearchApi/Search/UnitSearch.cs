using System.Diagnostics;
using System.Globalization;
using LearningSearch.Index.Citing;
using LearningSearch.Index.Generations;
using LearningSearch.Index.Live;
using LearningSearch.Index.Schema;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.Themes;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>Runs a search: one pass collects the page of hits and the facet counts of the whole result set.</summary>
public sealed class UnitSearch(LiveIndex index, SearchQueryBuilder builder, HitMapper mapper, Taxonomy taxonomy, SearchTurns turns)
{
    /// <summary>A page of results with the facets of them all, or what to fix in the request.</summary>
    public Outcome<SearchResponse, SearchRefusal> Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        using var work = turns.Begin();
        if (!builder.Build(request).TryGet(out var plan, out var refusal)) return refusal;
        using var lease = index.Acquire();
        var searcher = lease.Searcher;

        if (!Collect(searcher, plan, work.MaySpread).TryGet(out var collected, out refusal)) return refusal;
        var total = collected.TotalHits;
        if (plan.Page > 1 && (plan.Page - 1) * plan.PageSize >= total)
            return new SearchRefusal("page", "Page out of range", $"Page {plan.Page} is beyond the last page of results ({Math.Max(1, (total + plan.PageSize - 1) / plan.PageSize)}).");

        var docs = collected.Page((plan.Page - 1) * plan.PageSize, plan.PageSize);
        var hits = MapHits(searcher, docs, plan, work.MaySpread);

        var response = new SearchResponse(
            plan.Query,
            plan.ExpandedQuery,
            total,
            plan.Page,
            plan.PageSize,
            0,
            hits,
            Facets(request, plan, collected.Facets, lease.Generation.Catalog),
            plan.Notice,
            plan.Expansions,
            plan.LuceneQuery is EverydayWordsQuery everyday ? SearchQueryBuilder.AsTyped(plan.Query, everyday.CommonWords(searcher.IndexReader)) : []);
        return response with { TookMs = Math.Round(clock.Elapsed.TotalMilliseconds, 2) };
    }

    // Reading, highlighting and citing a page of hits is a millisecond or two of work per search that the hits do
    // not share: while no other search is using the cores, the hits are shared between them.
    private List<UnitHit> MapHits(IndexSearcher searcher, ScoreDoc[] docs, SearchPlan plan, bool maySpread)
    {
        var hits = new UnitHit[docs.Length];
        SearchTurns.Share(docs.Length, docs.Length >= 4 && maySpread, i =>
            hits[i] = mapper.Map(searcher, UnitDocuments.ReadUnit(searcher.Doc(docs[i].Doc)), float.IsNaN(docs[i].Score) ? 0 : docs[i].Score, plan.MatchTerms));
        return [.. hits];
    }

    /// <summary>Finds the matches of a plan: the hits up to its page and the facet counts of them all (segments at the same time if asked).</summary>
    public static Outcome<SearchMatches, SearchRefusal> Collect(IndexSearcher searcher, SearchPlan plan, bool inParallel)
    {
        try
        {
            return SegmentParallelSearch.Run(searcher, plan.LuceneQuery, plan.Filter, plan.Page * plan.PageSize, inParallel);
        }
        // Rewriting a wildcard or fuzzy word against this index's terms can pass Lucene's clause limit, which it throws.
        catch (BooleanQuery.TooManyClausesException)
        {
            return SearchQueryBuilder.TooBroad;
        }
    }

    private static string[] Chosen(params string?[] values) => values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToArray();

    private SearchFacets Facets(SearchRequest request, SearchPlan plan, FacetCounter counts, CorpusCatalog catalog)
    {
        var limit = plan.FacetLimit;
        var reviews = request.Review ?? [];
        var themes = FacetList.Top(counts.ThemeTally, limit, id => taxonomy.Find(id)?.Label ?? id, request.Theme ?? []);
        var reviewValues = FacetList.Top(counts.ReviewTally, limit, id => catalog.Reviews.TryGetValue(id, out var r) ? ReviewName.Of(id, r.Review) : id, reviews);
        var kinds = FacetList.Top(counts.KindTally, limit, k => k, Chosen(request.Kind?.Trim()));
        var agencies = FacetList.Top(counts.AgencyTally, limit, a => a, Chosen(request.Agency?.Trim()));
        var years = FacetList.Top(counts.YearTally, limit, y => y, Chosen(request.YearFrom?.ToString(CultureInfo.InvariantCulture), request.YearTo?.ToString(CultureInfo.InvariantCulture)));
        return new SearchFacets(
            themes.Values,
            reviewValues.Values,
            kinds.Values,
            agencies.Values,
            years.Values.OrderBy(y => y.Value, StringComparer.Ordinal).ToList(),
            new FacetsNotListed(themes.NotListed, reviewValues.NotListed, kinds.NotListed, agencies.NotListed, years.NotListed));
    }
}

using System.Text;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Hosting;
using LearningSearch.SearchApi.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningSearch.SearchApi.Apis;

/// <summary>Search across reviews, and the same search as CSV.</summary>
public static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearchEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Search recommendations, actions and findings")
            .WithDescription("Searches every review by words and by theme. Synonyms from the theme taxonomy are added to everyday words. Facets count the whole result set. Snippets are HTML-escaped with the matched words in <mark>.")
            .WithTags("Search")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(Hosting.RateLimits.SearchPolicy);

        api.MapGet("/export", Export)
            .WithName("Export")
            .WithSummary("Download a search as CSV")
            .WithDescription($"The same parameters as /api/search; one row per hit (at most {CsvExport.MaxRows}) with citation columns, for training packs.")
            .WithTags("Search")
            .Produces<string>(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(Hosting.RateLimits.SearchPolicy);
        return api;
    }

    private static async Task<Results<Ok<SearchResponse>, BadRequestProblem, UnavailableProblem>> Search([AsParameters] SearchRequest request, UnitSearch search, SearchTurns turns, CancellationToken cancel)
    {
        using var turn = await turns.WaitAsync(cancel);
        if (turn is null) return Problems.TooManySearches();
        return search.Search(request).TryGet(out var response, out var refusal) ? TypedResults.Ok(response) : Problems.For(refusal);
    }

    private static async Task<Results<FileContentHttpResult, BadRequestProblem, UnavailableProblem>> Export([AsParameters] SearchRequest request, UnitSearch search, SearchTurns turns, CancellationToken cancel)
    {
        using var turn = await turns.WaitAsync(cancel);
        if (turn is null) return Problems.TooManySearches();
        if (!search.Search(request with { Page = 1, PageSize = 100 }).TryGet(out var first, out var refusal)) return Problems.For(refusal);
        var hits = new List<UnitHit>(first.Hits);
        for (var page = 2; hits.Count < Math.Min(first.Total, CsvExport.MaxRows); page++)
        {
            if (!search.Search(request with { Page = page, PageSize = 100 }).TryGet(out var next, out refusal)) return Problems.For(refusal);
            hits.AddRange(next.Hits);
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CsvExport.Write(hits))).ToArray();
        var name = "learningsearch-" + (string.IsNullOrWhiteSpace(request.Q) ? "all" : new string(request.Q.Where(char.IsLetterOrDigit).Take(40).ToArray())) + ".csv";
        return TypedResults.File(bytes, "text/csv; charset=utf-8", name);
    }
}

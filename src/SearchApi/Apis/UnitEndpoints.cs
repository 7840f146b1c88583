using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningSearch.SearchApi.Apis;

/// <summary>One unit in context, and similar units in other reviews. Unit ids hold slashes (<c>ads14/rec-8/action-2</c>).</summary>
public static class UnitEndpoints
{
    public static RouteGroupBuilder MapUnitEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/units/{*id}", Get)
            .WithName("GetUnit")
            .WithSummary("One unit, or units similar to it")
            .WithDescription("GET /api/units/{id}: the unit with its recommendation, that recommendation's actions, the findings citing it, its details and source lines. GET /api/units/{id}/similar: the most similar units in other reviews, with scores.")
            .WithTags("Units")
            .ProducesIndexUnavailable();
        return api;
    }

    private static async Task<Results<Ok<UnitInContext>, Ok<SimilarUnits>, BadRequestProblem, NotFoundProblem, UnavailableProblem>> Get(string id, UnitContext units, SearchTurns turns, CancellationToken cancel)
    {
        const string similarSuffix = "/similar";
        if (id.Length > 300 || id.Any(char.IsControl))
            return new BadRequestProblem("Invalid unit id", "A unit id is at most 300 characters of letters, digits, '-', '.', and '/' (such as ads14/rec-8/action-2).");
        if (!id.EndsWith(similarSuffix, StringComparison.Ordinal))
            return units.Get(id).TryGet(out var unit, out var unknown) ? TypedResults.Ok(unit) : Problems.For(unknown);

        // Finding look-alikes is a search over every unit: it takes a turn like any other.
        using var turn = await turns.WaitAsync(cancel);
        if (turn is null) return Problems.TooManySearches();
        return units.Similar(id[..^similarSuffix.Length]).TryGet(out var similar, out var missing) ? TypedResults.Ok(similar) : Problems.For(missing);
    }
}

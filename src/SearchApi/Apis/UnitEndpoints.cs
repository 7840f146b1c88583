using LearningSearch.SearchApi.Search;
using Microsoft.AspNetCore.Mvc;

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
            .Produces<Contracts.UnitInContext>()
            .Produces<Contracts.SimilarUnits>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static IResult Get(string id, UnitContext units)
    {
        const string similarSuffix = "/similar";
        if (id.Length > 300 || id.Any(char.IsControl))
            return Problems.Bad("Invalid unit id", "A unit id is at most 300 characters of letters, digits, '-', '.', and '/' (such as ads14/rec-8/action-2).");
        if (id.EndsWith(similarSuffix, StringComparison.Ordinal))
        {
            var baseId = id[..^similarSuffix.Length];
            return units.Similar(baseId) is { } similar ? TypedResults.Ok(similar) : NotFound(baseId);
        }
        return units.Get(id) is { } unit ? TypedResults.Ok(unit) : NotFound(id);
    }

    private static IResult NotFound(string id) =>
        Problems.NotFound($"There is no unit '{id}'. Unit ids look like ads14/rec-8 or ads14/rec-8/action-2; a search shows them.");
}

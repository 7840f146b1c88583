using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningSearch.SearchApi.Apis;

/// <summary>The theme taxonomy seen through the corpus.</summary>
public static class ThemeEndpoints
{
    public static RouteGroupBuilder MapThemeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/themes", (ThemeQueries themes) => TypedResults.Ok(themes.All()))
            .WithName("ListThemes")
            .WithSummary("Every theme")
            .WithDescription("Each theme of the taxonomy with its definition, and for the current corpus the number of units and of reviews tagged, and the first and last year seen.")
            .WithTags("Themes")
            .ProducesIndexUnavailable();

        api.MapGet("/themes/{id}", One)
            .WithName("GetTheme")
            .WithSummary("One theme")
            .WithDescription("The reviews where the theme appears (units, year, kinds) and its units, recommendations first, in year order.")
            .WithTags("Themes")
            .ProducesIndexUnavailable();
        return api;
    }

    private static Results<Ok<ThemeDetail>, NotFoundProblem> One(string id, ThemeQueries themes) =>
        themes.One(id).TryGet(out var theme, out var unknown) ? TypedResults.Ok(theme) : Problems.For(unknown);
}

using System.ComponentModel;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Recurrence;
using LearningSearch.SearchApi.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningSearch.SearchApi.Apis;

/// <summary>Lessons coming back across reviews and years.</summary>
public static class RecurrenceEndpoints
{
    public static RouteGroupBuilder MapRecurrenceEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/recurrence", Matrix)
            .WithName("Recurrence")
            .WithSummary("Themes × reviews, and recommendations made again")
            .WithDescription("The themes × reviews matrix (reviews in year order) with unit counts; for each theme whether it recurs (two or more reviews) and in which years; and a page of the recommendations of later reviews with the earlier reviews' recommendations on the same themes and whether they were marked complete (those repeating a completed one first; repeatsTotal says how many there are).")
            .WithTags("Recurrence");
        return api;
    }

    private static async Task<Results<Ok<RecurrenceResponse>, BadRequestProblem, UnavailableProblem>> Matrix(RecurrenceQueries recurrence, SearchTurns turns,
        [Description("Where the page of repeated recommendations starts (0 is the first).")] int? repeatsFrom,
        [Description("How many repeated recommendations to return, 1 to 500 (default 100).")] int? repeatsLimit,
        CancellationToken cancel)
    {
        // The first answer of a generation reads every recommendation of the index: a search's worth of work, taking its turn.
        using var turn = await turns.WaitAsync(cancel);
        if (turn is null) return Problems.TooManySearches();
        return recurrence.Matrix(repeatsFrom, repeatsLimit).TryGet(out var matrix, out var refusal) ? TypedResults.Ok(matrix) : Problems.For(refusal);
    }
}

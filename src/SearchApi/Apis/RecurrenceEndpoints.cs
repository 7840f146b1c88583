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
            .WithDescription("The themes × reviews matrix of the reviews the filters keep (theme, agency, partnership, years, review type), reviews in year order, with unit counts and shares of each review's units; for each theme whether it recurs and why (recursBecause: recommended again after actions marked complete, raised in three or more years, or in more reviews than its share of units predicts; rule says so in one sentence), in which years, and a summary to quote; and a page of the recommendations of later reviews with the earlier reviews' recommendations on the same themes and whether they were marked complete (those repeating a completed one first; repeatsTotal says how many there are).")
            .WithTags("Recurrence");
        api.MapGet("/recurrence/export", Export)
            .WithName("RecurrenceExport")
            .WithSummary("The recurrence view as CSV")
            .WithDescription("The view the same filters give, as CSV for a board paper: a row per theme and review that raises it (units, share of the review's units, whether and why the theme recurs), each citing its review, partnership, type and year; then a row per recommendation made again, citing it and the earlier recommendation it repeats.")
            .WithTags("Recurrence");
        return api;
    }

    private static async Task<Results<Ok<RecurrenceResponse>, BadRequestProblem, UnavailableProblem>> Matrix([AsParameters] RecurrenceRequest request, RecurrenceQueries recurrence, SearchTurns turns, CancellationToken cancel)
    {
        // The first answer of a generation reads every recommendation of the index: a search's worth of work, taking its turn.
        using var turn = await turns.WaitAsync(cancel);
        if (turn is null) return Problems.TooManySearches();
        return recurrence.Matrix(request).TryGet(out var matrix, out var refusal) ? TypedResults.Ok(matrix) : Problems.For(refusal);
    }

    private static async Task<Results<FileContentHttpResult, BadRequestProblem, UnavailableProblem>> Export([AsParameters] RecurrenceRequest request, RecurrenceQueries recurrence, SearchTurns turns, CancellationToken cancel)
    {
        using var turn = await turns.WaitAsync(cancel);
        if (turn is null) return Problems.TooManySearches();
        if (!recurrence.Whole(request).TryGet(out var view, out var refusal)) return Problems.For(refusal);
        return TypedResults.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(RecurrenceCsv.Write(view))).ToArray(),
            "text/csv; charset=utf-8", "recurrence.csv");
    }
}

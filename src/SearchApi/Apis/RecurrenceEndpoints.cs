using System.ComponentModel;
using LearningSearch.SearchApi.Recurrence;

namespace LearningSearch.SearchApi.Apis;

/// <summary>Lessons coming back across reviews and years.</summary>
public static class RecurrenceEndpoints
{
    public static RouteGroupBuilder MapRecurrenceEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/recurrence", (RecurrenceQueries recurrence,
                [Description("Where the page of repeated recommendations starts (0 is the first).")] int? repeatsFrom,
                [Description("How many repeated recommendations to return, 1 to 500 (default 100).")] int? repeatsLimit) =>
                TypedResults.Ok(recurrence.Matrix(repeatsFrom, repeatsLimit)))
            .WithName("Recurrence")
            .WithSummary("Themes × reviews, and recommendations made again")
            .WithDescription("The themes × reviews matrix (reviews in year order) with unit counts; for each theme whether it recurs (two or more reviews) and in which years; and a page of the recommendations of later reviews with the earlier reviews' recommendations on the same themes and whether they were marked complete (those repeating a completed one first; repeatsTotal says how many there are).")
            .WithTags("Recurrence");
        return api;
    }
}

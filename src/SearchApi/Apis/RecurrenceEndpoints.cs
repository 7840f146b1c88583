using LearningSearch.SearchApi.Recurrence;

namespace LearningSearch.SearchApi.Apis;

/// <summary>Lessons coming back across reviews and years.</summary>
public static class RecurrenceEndpoints
{
    public static RouteGroupBuilder MapRecurrenceEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/recurrence", (RecurrenceQueries recurrence) => TypedResults.Ok(recurrence.Matrix()))
            .WithName("Recurrence")
            .WithSummary("Themes × reviews, and recommendations made again")
            .WithDescription("The themes × reviews matrix (reviews in year order) with unit counts; for each theme whether it recurs (two or more reviews) and in which years; for each recommendation of a later review, the earlier reviews' recommendations on the same themes and whether they were marked complete.")
            .WithTags("Recurrence");
        return api;
    }
}

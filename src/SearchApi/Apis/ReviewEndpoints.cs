using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningSearch.SearchApi.Apis;

/// <summary>The reviews, their metadata and their structure.</summary>
public static class ReviewEndpoints
{
    public static RouteGroupBuilder MapReviewEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/reviews", (ReviewQueries reviews) => TypedResults.Ok(reviews.All()))
            .WithName("ListReviews")
            .WithSummary("Every review")
            .WithDescription("The reviews in year order with their metadata (and where each value came from), layout, unit counts, coverage and extraction warnings.")
            .WithTags("Reviews")
            .ProducesIndexUnavailable();

        api.MapGet("/reviews/{id}", One)
            .WithName("GetReview")
            .WithSummary("One review and its structure")
            .WithDescription("The review's recommendations, each with its actions and the findings that cite it, and the findings that cite none.")
            .WithTags("Reviews")
            .ProducesIndexUnavailable();
        return api;
    }

    private static Results<Ok<ReviewDetail>, NotFoundProblem> One(string id, ReviewQueries reviews) =>
        reviews.One(id).TryGet(out var review, out var unknown) ? TypedResults.Ok(review) : Problems.For(unknown);
}

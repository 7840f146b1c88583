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

        api.MapGet("/reviews/{id}/document", Document)
            .WithName("GetReviewDocument")
            .WithSummary("A review's original file")
            .WithDescription("The file the review was read from, as the corpus holds it (text, PDF, Word, HTML ...), with its content type, to check a unit against the document; a unit's lines say where it sits. 404 when the review is unknown or its file has left the corpus.")
            .WithTags("Reviews")
            .ProducesIndexUnavailable();
        return api;
    }

    private static Results<PhysicalFileHttpResult, NotFoundProblem> Document(string id, ReviewDocuments documents, HttpResponse response)
    {
        if (!documents.Find(id).TryGet(out var document, out var unknown)) return Problems.For(unknown);
        // A review saved as a web page may carry scripts: sandboxed, it runs as no origin at all, never as this site's.
        if (!document.ContentType.StartsWith("application/pdf", StringComparison.Ordinal))
            response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'";
        // No download name: the file is shown in the browser, where a PDF opens at #page=N.
        return TypedResults.PhysicalFile(document.Path, document.ContentType);
    }

    private static Results<Ok<ReviewDetail>, NotFoundProblem> One(string id, ReviewQueries reviews) =>
        reviews.One(id).TryGet(out var review, out var unknown) ? TypedResults.Ok(review) : Problems.For(unknown);
}

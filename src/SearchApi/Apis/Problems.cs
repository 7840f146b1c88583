using System.Reflection;
using LearningSearch.SearchApi.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace LearningSearch.SearchApi.Apis;

/// <summary>Problem details (RFC 9457, application/problem+json) whose detail says what is wrong and how to fix it.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: 404, title: "Not found");

    /// <summary>A request the search layer refused, as its 400.</summary>
    public static BadRequestProblem For(SearchRefusal refusal) => new(refusal.Title, refusal.Detail) { NotCached = true };

    /// <summary>An id the search layer does not know, as its 404.</summary>
    public static NotFoundProblem For(UnknownId unknown) => new(unknown.Detail);

    /// <summary>The 503 for a search turned away because too many are waiting for a turn.</summary>
    public static UnavailableProblem TooManySearches() => new("Too many searches", SearchTurns.TurnedAway, retryAfterSeconds: 1) { NotCached = true };
}

/// <summary>
/// A problem answer whose status is part of its type, so that an endpoint returning it in <c>Results&lt;...&gt;</c>
/// has the answer declared in the OpenAPI document (as <c>ValidationProblem</c> or <c>NotFound</c> would be) while the
/// body stays the plain problem details the page and the callers have always read.
/// </summary>
public abstract class StatusProblem(int status, string title, string detail) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
{
    private readonly ProblemHttpResult _problem = TypedResults.Problem(detail, statusCode: status, title: title);

    public int? StatusCode => status;

    public ProblemDetails Value => _problem.ProblemDetails;

    object? IValueHttpResult.Value => Value;

    /// <summary>
    /// Tells caches not to keep the answer, as the search's refusals and its 503 have always said (they were written
    /// by the exception handler, which says so of every answer it writes).
    /// </summary>
    public bool NotCached { get; init; }

    public virtual Task ExecuteAsync(HttpContext httpContext)
    {
        if (NotCached)
        {
            var headers = httpContext.Response.Headers;
            headers.CacheControl = "no-cache,no-store";
            headers.Pragma = "no-cache";
            headers.Expires = "-1";
        }
        return _problem.ExecuteAsync(httpContext);
    }

    protected static void Declare(EndpointBuilder builder, int status) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
}

/// <summary>400: the request cannot be answered as sent; the detail says what to change.</summary>
public sealed class BadRequestProblem(string title, string detail) : StatusProblem(StatusCodes.Status400BadRequest, title, detail), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status400BadRequest);
}

/// <summary>404: there is no such unit, review or theme; the detail says where the ids are listed.</summary>
public sealed class NotFoundProblem(string detail) : StatusProblem(StatusCodes.Status404NotFound, "Not found", detail), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status404NotFound);
}

/// <summary>503 with Retry-After: the service cannot answer now, and says when to ask again.</summary>
public sealed class UnavailableProblem(string title, string detail, int retryAfterSeconds) : StatusProblem(StatusCodes.Status503ServiceUnavailable, title, detail), IEndpointMetadataProvider
{
    public override Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return base.ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status503ServiceUnavailable);
}

/// <summary>The answers every endpoint that reads the index may give besides its own.</summary>
public static class ProblemDeclarations
{
    /// <summary>Declares the 503 with Retry-After answered while there is no index to read, or the one served is damaged.</summary>
    public static RouteHandlerBuilder ProducesIndexUnavailable(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningSearch.SearchApi.Apis;

/// <summary>Problem details (RFC 9457, application/problem+json) whose detail says what is wrong and how to fix it.</summary>
public static class Problems
{
    public static ProblemHttpResult Bad(string title, string detail) => TypedResults.Problem(detail, statusCode: 400, title: title);

    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: 404, title: "Not found");
}

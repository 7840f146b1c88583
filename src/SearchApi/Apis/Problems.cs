using Microsoft.AspNetCore.Mvc;

namespace LearningSearch.SearchApi.Apis;

/// <summary>Problem details (RFC 9457) whose detail says what is wrong and how to fix it.</summary>
public static class Problems
{
    public static ProblemDetails Bad(string title, string detail) => new() { Status = 400, Title = title, Detail = detail };

    public static ProblemDetails NotFound(string detail) => new() { Status = 404, Title = "Not found", Detail = detail };
}

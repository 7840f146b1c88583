using LearningSearch.Index.Live;
using LearningSearch.SearchApi.Search;
using Microsoft.AspNetCore.Diagnostics;

namespace LearningSearch.SearchApi.Hosting;

/// <summary>
/// Answers what the endpoints did not: a parameter the framework could not bind becomes a 400 that says what to fix,
/// an index not ready or damaged a 503 with Retry-After, anything else a logged 500. The search layer's own refusals
/// are answers it returns (<see cref="SearchRefusal"/>), mapped by the endpoints; nothing a caller sends may become a 500.
/// </summary>
public sealed class ErrorAnswers(IProblemDetailsService problems, IndexMaintenance maintenance, ILogger<ErrorAnswers> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Invalid parameter", Explain(bad.Message)),
            IndexUnavailableException busy => (503, "Index not ready", busy.Message),
            // Checked when opened, a generation can still be damaged on disk while served; the caller is not at fault.
            _ when maintenance.IsDamage(exception) => (503, "Index damaged", "Part of the index could not be read; it is being rebuilt from the corpus (see /health). Try again in a minute."),
            _ => (500, "Unexpected error", "Something went wrong on our side; the error has been logged. Try again, or change the search."),
        };
        if (status >= 500) logger.LogError(exception, "Unhandled error for {Path}", context.Request.Path);
        if (status == 503) context.Response.Headers.RetryAfter = "5";
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    // 'Failed to bind parameter "int? Page" from "abc".' becomes 'page must be a whole number; "abc" is not one.'
    private static string Explain(string message)
    {
        var m = System.Text.RegularExpressions.Regex.Match(message, @"parameter ""(?<type>[^""]+) (?<name>\w+)"" from ""(?<value>.*)""");
        if (!m.Success) return message;
        var name = char.ToLowerInvariant(m.Groups["name"].Value[0]) + m.Groups["name"].Value[1..];
        var value = m.Groups["value"].Value;
        value = value.Length > 40 ? value[..40] + "..." : value;
        return m.Groups["type"].Value.Contains("int", StringComparison.OrdinalIgnoreCase)
            ? $"{name} must be a whole number; \"{value}\" is not one."
            : $"{name} could not be read from \"{value}\".";
    }
}

using System.Security.Cryptography;
using System.Text;
using LearningSearch.Indexer.Indexing;
using LearningSearch.SearchApi.Hosting;

namespace LearningSearch.SearchApi.Apis;

/// <summary>
/// Write access: rebuild the index from the corpus. Needs the API key from configuration (<c>Admin:ApiKey</c>)
/// in the <c>X-Api-Key</c> header; with no key configured the endpoints are off (404).
/// </summary>
public static class AdminEndpoints
{
    public const string KeyHeader = "X-Api-Key";

    public static RouteGroupBuilder MapAdminEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/admin/reindex", Reindex)
            .WithName("Reindex")
            .WithSummary("Rebuild the index from the corpus")
            .WithDescription("Re-reads changed documents, drops removed ones and swaps the new index in atomically; searches keep answering meanwhile. Needs the X-Api-Key header; off when no Admin:ApiKey is configured.")
            .WithTags("Admin")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    private static async Task<IResult> Reindex(HttpRequest request, LearningSearchOptions options, IndexMaintenance maintenance, AdminKeyAttempts attempts, CancellationToken cancel)
    {
        if (options.AdminApiKey is null)
            return Problems.NotFound("Admin endpoints are off: no Admin:ApiKey is configured.");
        var address = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (attempts.Exhausted(address))
        {
            request.HttpContext.Response.Headers.RetryAfter = "60";
            return TypedResults.Problem(statusCode: 429, title: "Too many wrong keys", detail: $"This address sent more than {AdminKeyAttempts.WrongKeysPerMinute} wrong admin keys in a minute; try again in a minute.");
        }
        if (!KeyMatches(request.Headers[KeyHeader].ToString(), options.AdminApiKey))
        {
            attempts.Wrong(address);
            return TypedResults.Problem(statusCode: 401, title: "API key required", detail: $"Send the admin API key in the {KeyHeader} header.");
        }
        var report = await maintenance.RebuildAsync(cancel);
        return TypedResults.Ok(new
        {
            units = report.Units,
            seconds = Math.Round(report.Elapsed.TotalSeconds, 2),
            documents = report.Documents.Select(d => new { file = d.SourceFile, status = d.Status.ToString(), units = d.Units, message = d.Message }),
        });
    }

    // Constant time, so the key cannot be guessed from how long a wrong one takes to refuse.
    public static bool KeyMatches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}

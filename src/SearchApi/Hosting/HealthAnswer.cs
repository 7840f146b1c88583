using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LearningSearch.SearchApi.Hosting;

/// <summary>/health as JSON: the status and, for each check, why, so "degraded" comes with its reason.</summary>
public static class HealthAnswer
{
    public static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.Select(e => new Dictionary<string, string?> { ["name"] = e.Key, ["status"] = e.Value.Status.ToString(), ["description"] = e.Value.Description }).ToList(),
        }));
    }
}

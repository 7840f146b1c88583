using LearningSearch.SearchApi.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LearningSearch.SearchApi.Hosting;

/// <summary>Healthy when an index generation is open and answers a search.</summary>
public sealed class IndexHealthCheck(LiveIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!index.IsOpen) return Task.FromResult(HealthCheckResult.Unhealthy("The index is not open yet."));
        try
        {
            using var lease = index.Acquire();
            var docs = lease.Searcher.IndexReader.NumDocs;
            return Task.FromResult(docs > 0 ? HealthCheckResult.Healthy($"{docs} documents in {index.Folder}") : HealthCheckResult.Unhealthy("The index is empty."));
        }
        catch (IndexUnavailableException e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(e.Message));
        }
    }
}

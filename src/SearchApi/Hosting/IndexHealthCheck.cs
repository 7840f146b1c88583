using LearningSearch.Index.Live;
using LearningSearch.SearchApi.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LearningSearch.SearchApi.Hosting;

/// <summary>
/// Healthy when an index generation is open and answers a search; degraded when it answers but something is wrong
/// that an administrator should put right (see <see cref="IndexMaintenance.DegradedBecause"/>); unhealthy when there is
/// nothing to search, or the generation served was deleted from under the service. No answer names a server folder.
/// </summary>
public sealed class IndexHealthCheck(LiveIndex index, IndexMaintenance maintenance) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!index.IsOpen) return Task.FromResult(HealthCheckResult.Unhealthy(index.NotReadyMessage?.Invoke() ?? "The index is not open yet."));
        // Open files still answer on Linux after their folder is deleted, but the next restart would find nothing.
        if (index.Folder is { } folder && !Directory.Exists(folder))
            return Task.FromResult(HealthCheckResult.Unhealthy("The index folder was deleted while the service ran; POST /api/admin/reindex or a restart builds it again."));
        try
        {
            using var lease = index.Acquire();
            var docs = lease.Searcher.IndexReader.NumDocs;
            if (docs == 0) return Task.FromResult(HealthCheckResult.Unhealthy("The index is empty."));
            return Task.FromResult(maintenance.DegradedBecause is { } why
                ? HealthCheckResult.Degraded(why)
                : HealthCheckResult.Healthy($"{docs} documents in generation {Path.GetFileName(index.Folder)}"));
        }
        catch (IndexUnavailableException e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(e.Message));
        }
    }
}

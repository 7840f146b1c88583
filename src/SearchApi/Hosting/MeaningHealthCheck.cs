using LearningSearch.Index.Live;
using LearningSearch.SearchApi.Meaning;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LearningSearch.SearchApi.Hosting;

/// <summary>
/// Says how far search by meaning is ready ("Search by meaning is 62 % ready (265 of 428 units).") or why it is off.
/// Searches answer by words meanwhile, so this is never unhealthy; a model that should be there and cannot load is
/// degraded, for an administrator to put right.
/// </summary>
public sealed class MeaningHealthCheck(LiveIndex index, MeaningEngine engine, IndexMaintenance maintenance) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var readiness = Readiness();
        var said = readiness.Describe() + (maintenance.AddingThemeModelTags ? " Themes from the theme model are being added to the index." : "");
        return Task.FromResult(readiness.Stage == MeaningStage.Off && engine.SwitchedOn
            ? HealthCheckResult.Degraded(said + " Questions are searched by their words alone.")
            : HealthCheckResult.Healthy(said));
    }

    private MeaningReadiness Readiness()
    {
        if (engine.OffBecause is { } why) return new MeaningReadiness(MeaningStage.Off, 0, 0, why);
        if (!engine.Loaded.IsCompleted || index.Current is not { } generation) return new MeaningReadiness(MeaningStage.Filling, 0, 0);
        return generation.Get<MeaningVectors>().Readiness;
    }
}

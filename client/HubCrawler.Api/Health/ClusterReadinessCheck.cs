using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HubCrawler.Api.Health;

/// <summary>Readiness of the cluster: a grain call (the crawl registry, whose state is read from grain storage) answers in time.</summary>
internal sealed class ClusterReadinessCheck(IGrainFactory grains) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<ICrawlRegistryGrain>(0).Recent(0).WaitAsync(Timeout, cancellationToken);
            return HealthCheckResult.Healthy("The cluster answers grain calls.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The cluster did not answer a grain call: {e.GetType().Name}: {e.Message}");
        }
    }
}

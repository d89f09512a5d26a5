using HubCrawler.Sources;
using HubCrawler.Sources.Fetching;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HubCrawler.Silo;

/// <summary>Readiness of one enabled source as this silo sees it: degraded while one of its hosts is paused (a 429 or 503,
/// a spent daily budget), saying until when and why, so an operator sees why a crawl is slow. A pause is not a failure:
/// the crawl waits it out, so it never makes the silo unready.</summary>
public sealed class SourceReadinessCheck(string source, PaperSources sources, FetchPipeline pipeline, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // The sources register their hosts when they are built; building them here makes a fresh silo's answer complete.
        _ = sources.All;
        var now = time.GetUtcNow();
        var hosts = pipeline.Pauses().Where(p => p.Source == source).ToList();
        if (hosts.Count == 0) return Task.FromResult(HealthCheckResult.Healthy($"{source}: no host registered"));
        var paused = hosts.Where(p => p.Until > now).ToList();
        if (paused.Count == 0)
            return Task.FromResult(HealthCheckResult.Healthy($"{source}: {string.Join(", ", hosts.Select(h => h.Host))} not paused"));
        var data = paused.ToDictionary(p => p.Host, p => (object)p.Until.ToString("O"));
        var text = string.Join("; ", paused.Select(p =>
            $"{p.Host} paused until {p.Until.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC ({(p.Until - now).TotalSeconds:0} s): {p.Reason}"));
        return Task.FromResult(HealthCheckResult.Degraded($"{source}: {text}", data: data));
    }
}

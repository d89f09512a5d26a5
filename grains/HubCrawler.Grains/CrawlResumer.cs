using Microsoft.Extensions.Hosting;

namespace HubCrawler.Grains;

/// <summary>When a silo starts, wakes the crawls that were running when the cluster stopped, so they
/// resume by themselves. Every silo does it; waking a job twice is harmless.</summary>
public sealed class CrawlResumer(IGrainFactory grains, ILogger<CrawlResumer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The silo may still be joining the cluster; keep trying for a while.
        for (var attempt = 1; attempt <= 30 && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                await grains.GetGrain<ICrawlRegistryGrain>(0).ResumeUnfinished();
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.ResumeFailed(attempt, e.Message);
            }
        }
    }
}

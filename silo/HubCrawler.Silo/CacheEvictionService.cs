using HubCrawler.Sources.Caching;
using Microsoft.Extensions.Options;

namespace HubCrawler.Silo;

/// <summary>Evicts documents older than the cache's age bound, once per interval.</summary>
public sealed class CacheEvictionService(IDocumentCache cache, IOptions<CacheOptions> options, ILogger<CacheEvictionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EvictionInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var evicted = await cache.EvictAsync(stoppingToken);
                if (evicted > 0) logger.CacheEvicted(evicted, options.Value.MaxAge);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.CacheEvictionFailed(e.Message);
            }
        }
    }
}

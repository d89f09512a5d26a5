using HubCrawler.Sources.Fetching;
using Microsoft.Extensions.Hosting;

namespace HubCrawler.Grains;

/// <summary>Makes the silo's fetch pipeline a good citizen of the cluster: its share of each host's
/// rate limit follows the number of active silos, and a Retry-After one silo receives reaches all.</summary>
public sealed class ClusterFetchCoordinator(FetchPipeline pipeline, IGrainFactory grains, ILogger<ClusterFetchCoordinator> logger)
    : BackgroundService, IHostBackoffObserver
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private IHostBackoffObserver? _self;

    public Task BlockUntil(string host, DateTimeOffset until, string reason)
    {
        pipeline.BlockHost(host, until, reason);
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        pipeline.HostBlocked += (host, until, reason) => grains.GetGrain<IHostBackoffGrain>(host).BlockUntil(until, reason).Ignore();
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                _self ??= grains.CreateObjectReference<IHostBackoffObserver>(this);
                var silos = (await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, stoppingToken)).Count;
                pipeline.ShareRateWith(silos);
                foreach (var host in pipeline.Hosts)
                    await grains.GetGrain<IHostBackoffGrain>(host).Subscribe(_self);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.CoordinationFailed(e.Message);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

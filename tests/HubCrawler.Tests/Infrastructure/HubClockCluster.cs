using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using HubClockKey = HubCrawler.Grains.HubClock;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>A <see cref="CrawlerCluster"/> whose hubs age on <see cref="HubClock"/>, a clock the test advances instead
/// of sleeping past a freshness window. Only the hub clock is fake: the sources' rate limits and batch windows and
/// Orleans' own timers keep the real one.</summary>
public abstract class HubClockCluster(SyntheticGraphOptions graph, IReadOnlyDictionary<string, string?>? settings = null)
    : CrawlerCluster(graph, settings)
{
    /// <summary>The silo's <see cref="HubClockKey"/>; it starts at the real time and moves only when advanced.</summary>
    public FakeTimeProvider HubClock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureSilo(ISiloBuilder silo) =>
        silo.Services.AddKeyedSingleton<TimeProvider>(HubClockKey.Key, HubClock);
}

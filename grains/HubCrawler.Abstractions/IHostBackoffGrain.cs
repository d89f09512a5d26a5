namespace HubCrawler.Abstractions;

/// <summary>One source host (key: host:port). Spreads a Retry-After that one silo received to every
/// silo, so that no silo sends to the host before it expires.</summary>
[Alias("hubcrawler.IHostBackoffGrain")]
public interface IHostBackoffGrain : IGrainWithStringKey
{
    /// <summary>Registers a silo's pipeline; observers are dropped unless they subscribe again within a few minutes.</summary>
    [Alias("Subscribe")]
    Task Subscribe(IHostBackoffObserver observer);

    /// <summary>Tells every subscribed silo to hold requests to the host until <paramref name="until"/>, and why.</summary>
    [Alias("BlockUntil")]
    Task BlockUntil(DateTimeOffset until, string reason);
}

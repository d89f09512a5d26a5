namespace HubCrawler.Abstractions;

/// <summary>A silo's fetch pipeline, told when a source host asked the cluster to wait.</summary>
[Alias("hubcrawler.IHostBackoffObserver")]
public interface IHostBackoffObserver : IGrainObserver
{
    [OneWay]
    [Alias("BlockUntil")]
    Task BlockUntil(string host, DateTimeOffset until, string reason);
}

namespace HubCrawler.Abstractions;

/// <summary>A silo's fetch pipeline, told when a source host asked the cluster to wait.</summary>
public interface IHostBackoffObserver : IGrainObserver
{
    [OneWay]
    Task BlockUntil(string host, DateTimeOffset until, string reason);
}

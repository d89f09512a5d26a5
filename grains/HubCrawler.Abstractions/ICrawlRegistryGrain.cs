namespace HubCrawler.Abstractions;

/// <summary>The list of recent crawls (a single grain, key 0). Jobs register themselves when they start.</summary>
public interface ICrawlRegistryGrain : IGrainWithIntegerKey
{
    Task Register(CrawlSummary crawl);

    /// <summary>The most recent crawls, newest first.</summary>
    Task<IReadOnlyList<CrawlSummary>> Recent(int limit);
}

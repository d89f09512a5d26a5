namespace HubCrawler.Abstractions;

/// <summary>The list of recent crawls (a single grain, key 0). Jobs register themselves when they start.</summary>
public interface ICrawlRegistryGrain : IGrainWithIntegerKey
{
    Task Register(CrawlSummary crawl);

    /// <summary>A job reports that it finished, so it is not woken again.</summary>
    Task Finished(string jobId);

    /// <summary>Wakes every unfinished job (after a cluster restart); returns how many.</summary>
    Task<int> ResumeUnfinished();

    /// <summary>The most recent crawls, newest first.</summary>
    Task<IReadOnlyList<CrawlSummary>> Recent(int limit);
}

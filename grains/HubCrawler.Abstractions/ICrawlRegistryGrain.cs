namespace HubCrawler.Abstractions;

/// <summary>The list of recent crawls (a single grain, key 0). Jobs register themselves when they start.</summary>
[Alias("hubcrawler.ICrawlRegistryGrain")]
public interface ICrawlRegistryGrain : IGrainWithIntegerKey
{
    [Alias("Register")]
    Task Register(CrawlSummary crawl);

    /// <summary>A job reports that it finished, so it is not woken again.</summary>
    [Alias("Finished")]
    Task Finished(string jobId);

    /// <summary>Wakes every unfinished job (after a cluster restart); returns how many.</summary>
    [Alias("ResumeUnfinished")]
    Task<int> ResumeUnfinished();

    /// <summary>The most recent crawls, newest first.</summary>
    [Alias("Recent")]
    Task<IReadOnlyList<CrawlSummary>> Recent(int limit);
}

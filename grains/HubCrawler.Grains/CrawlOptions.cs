namespace HubCrawler.Grains;

/// <summary>How fresh a hub must be, and how crawl jobs keep their books.</summary>
public sealed class CrawlOptions
{
    public const string Section = "Crawl";

    /// <summary>A hub fetched within this time is served and crawled without asking the source again.</summary>
    public TimeSpan Freshness { get; set; } = TimeSpan.FromDays(7);
    /// <summary>How often a running job writes its progress to storage.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>A job that hears nothing for this long sends its pending visits again (a visit may be lost with a silo).</summary>
    /// <remarks>Sending a visit again is harmless: a paper already refreshing shares that refresh, and the job counts each paper once.</remarks>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Visits a job keeps in flight at once; the rest wait in the job. Bounds activations and
    /// storage reads, not only fetches, so a fan-out of 10,000 does not swamp the silos or the storage.</summary>
    public int MaxVisitsInFlight { get; set; } = 512;
    /// <summary>How long a grain keeps retrying a state write while storage is unreachable.</summary>
    public TimeSpan StorageRetryBudget { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Failures listed one by one in a job's status; the counts by reason are always complete.</summary>
    public int MaxListedFailures { get; set; } = 100;
}

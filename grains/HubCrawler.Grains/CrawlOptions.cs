namespace HubCrawler.Grains;

/// <summary>How fresh a hub must be, and how crawl jobs keep their books.</summary>
public sealed class CrawlOptions
{
    public const string Section = "Crawl";

    /// <summary>A hub fetched within this time is served and crawled without asking the source again.</summary>
    public TimeSpan Freshness { get; set; } = TimeSpan.FromDays(7);
    /// <summary>How often a running job and its frontier partitions write what changed to storage.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>Visits a job keeps in flight at once, shared among its frontier partitions; the rest wait in the frontier.
    /// Bounds activations and storage reads, not only fetches, so a fan-out of 10,000 does not swamp the silos or the storage.</summary>
    public int MaxVisitsInFlight { get; set; } = 512;
    /// <summary>Partitions of a crawl's frontier (papers split among them by key): admission, bookkeeping and checkpoints
    /// are spread over this many grains, so no single grain handles every visit.</summary>
    public int FrontierPartitions { get; set; } = 4;
    /// <summary>How long a frontier partition gathers offers before it admits them in one batch (one budget call, one log
    /// write). Offers are answered only once their admissions are written, so this is also what an offering visit waits.</summary>
    public TimeSpan AdmissionWindow { get; set; } = TimeSpan.FromMilliseconds(250);
    /// <summary>Offers that close an admission batch early.</summary>
    public int AdmissionBatch { get; set; } = 1000;
    /// <summary>How long a grain keeps retrying a state write while storage is unreachable.</summary>
    public TimeSpan StorageRetryBudget { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Failures listed one by one in a job's status; the counts by reason are always complete.</summary>
    public int MaxListedFailures { get; set; } = 100;
}

namespace HubCrawler.Abstractions;

/// <summary>One crawl, keyed by job id. Admits papers (deduplicated, within the budget and depth),
/// counts what they report, and knows it is done when nothing is pending. Its state is persisted,
/// so a crawl survives a silo restart and resumes on its next activation.</summary>
[Alias("hubcrawler.ICrawlJobGrain")]
public interface ICrawlJobGrain : IGrainWithStringKey
{
    /// <summary>Starts the crawl; a second call with the job already started returns its status.</summary>
    [Alias("Start")]
    Task<CrawlStatus> Start(CrawlRequest request);

    /// <summary>Activates the job; an unfinished job resumes on activation.</summary>
    [OneWay]
    [Alias("Wake")]
    Task Wake();

    /// <summary>The job's progress; null when no job has this id.</summary>
    [AlwaysInterleave]
    [Alias("GetStatus")]
    Task<CrawlStatus?> GetStatus();

    /// <summary>Budget for <paramref name="wanted"/> new papers a frontier partition wants to admit in its admission batch
    /// <paramref name="batch"/> (numbered within the partition activation <paramref name="epoch"/>); the answer is how many it may.
    /// Every batch asks, even for none: the job counts them, and the crawl is not done while a batch it granted is not yet applied.
    /// An activation older than one that already asked gets <see cref="SupersededPartitionException"/>.</summary>
    [Alias("GrantAdmissions")]
    Task<int> GrantAdmissions(int partition, long epoch, long batch, int wanted);

    /// <summary>A frontier partition's summary (cumulative; newer ones replace older ones).</summary>
    [OneWay]
    [Alias("ReportSummary")]
    Task ReportSummary(FrontierSummary summary);

    /// <summary>Stops the crawl: nothing more is admitted or waited for.</summary>
    [Alias("Cancel")]
    Task<CrawlStatus?> Cancel();

    /// <summary>A page of the papers the crawl admitted, in a stable order (for exports).</summary>
    [AlwaysInterleave]
    [Alias("GetPapers")]
    Task<IReadOnlyList<CrawledPaper>> GetPapers(int offset, int limit);
}

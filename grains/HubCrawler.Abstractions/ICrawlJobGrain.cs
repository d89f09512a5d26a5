namespace HubCrawler.Abstractions;

/// <summary>One crawl, keyed by job id. Admits papers (deduplicated, within the budget and depth),
/// counts what they report, and knows it is done when nothing is pending. Its state is persisted,
/// so a crawl survives a silo restart and resumes on its next activation.</summary>
public interface ICrawlJobGrain : IGrainWithStringKey
{
    /// <summary>Starts the crawl; a second call with the job already started returns its status.</summary>
    Task<CrawlStatus> Start(CrawlRequest request);

    /// <summary>Activates the job; an unfinished job resumes on activation.</summary>
    [OneWay]
    Task Wake();

    /// <summary>The job's progress; null when no job has this id.</summary>
    [AlwaysInterleave]
    Task<CrawlStatus?> GetStatus();

    /// <summary>A paper's report after its visit.</summary>
    Task Report(VisitReport report);

    /// <summary>Stops the crawl: nothing more is admitted or waited for.</summary>
    Task<CrawlStatus?> Cancel();

    /// <summary>A page of the papers the crawl admitted, in a stable order (for exports).</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<CrawledPaper>> GetPapers(int offset, int limit);
}

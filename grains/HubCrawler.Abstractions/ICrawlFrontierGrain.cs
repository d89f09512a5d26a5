namespace HubCrawler.Abstractions;

/// <summary>One partition of a crawl's frontier, keyed "{jobId}/{partition}": the papers whose key hashes to it.
/// Admits them once each (budget from the job), raises their depth when reached by a shorter path, keeps their
/// visits in flight within its share of the window, puts throttled papers back to wait, and checkpoints what
/// changed since its last checkpoint. Reentrant: it awaits visits, and visits offer papers back to it.</summary>
[Alias("hubcrawler.ICrawlFrontierGrain")]
public interface ICrawlFrontierGrain : IGrainWithStringKey
{
    /// <summary>Creates the partition for its job (idempotent), then admits <paramref name="seeds"/> without asking the job for budget (the job already counted them).</summary>
    [Alias("Start")]
    Task<FrontierSummary> Start(FrontierSettings settings, IReadOnlyList<FrontierOffer> seeds);

    /// <summary>Offers citing papers; returns once those admitted are durable, so the offering visit may complete.</summary>
    [Alias("Offer")]
    Task Offer(IReadOnlyList<FrontierOffer> offers);

    /// <summary>The partition's summary now (activates it, and so resumes it after a restart).</summary>
    [AlwaysInterleave]
    [Alias("GetSummary")]
    Task<FrontierSummary> GetSummary();

    /// <summary>Admitted papers in admission order.</summary>
    [AlwaysInterleave]
    [Alias("GetPapers")]
    Task<IReadOnlyList<CrawledPaper>> GetPapers(int offset, int limit);

    /// <summary>Stops dispatching; papers not yet visited are dropped.</summary>
    [Alias("Cancel")]
    Task Cancel();

    /// <summary>The crawl is over: write the last checkpoint and let the activation go.</summary>
    [Alias("Finish")]
    Task Finish();
}

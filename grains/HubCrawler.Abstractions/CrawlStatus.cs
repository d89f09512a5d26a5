namespace HubCrawler.Abstractions;

/// <summary>The progress of one crawl job.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.CrawlStatus")]
public sealed record CrawlStatus
{
    [Id(0)] public required string JobId { get; init; }
    [Id(1)] public required CrawlRequest Request { get; init; }
    /// <summary>Papers admitted to the crawl (seeds included), within the budget.</summary>
    [Id(2)] public int Discovered { get; init; }
    /// <summary>Papers whose documents were fetched from a source during this crawl.</summary>
    [Id(3)] public int Fetched { get; init; }
    /// <summary>Papers that already had a fresh hub, so nothing was fetched.</summary>
    [Id(4)] public int FromCache { get; init; }
    [Id(5)] public int Failed { get; init; }
    /// <summary>Papers admitted and not visited yet (a paper visited again for a shorter path is counted once, by its
    /// first visit), so fetched + from cache + revalidated + failed + pending is the papers discovered.</summary>
    [Id(6)] public int Pending { get; init; }
    /// <summary>Citing papers not admitted because the paper budget was spent.</summary>
    [Id(7)] public int SkippedByBudget { get; init; }
    [Id(8)] public bool Done { get; init; }
    [Id(9)] public bool Cancelled { get; init; }
    [Id(10)] public DateTimeOffset StartedAt { get; init; }
    [Id(11)] public DateTimeOffset? FinishedAt { get; init; }
    /// <summary>Failure counts by reason ("not-found", "source-failed", ...).</summary>
    [Id(12)] public IReadOnlyDictionary<string, int> FailuresByReason { get; init; } = new Dictionary<string, int>();
    /// <summary>The first failures, with their messages (capped; the counts above are complete).</summary>
    [Id(13)] public IReadOnlyList<CrawlFailure> Failures { get; init; } = [];
    /// <summary>Seeds that could not be resolved to a paper.</summary>
    [Id(14)] public IReadOnlyList<CrawlFailure> SeedErrors { get; init; } = [];
    /// <summary>Papers rebuilt after the source answered 304 to every conditional request.</summary>
    [Id(15)] public int Revalidated { get; init; }
    /// <summary>HTTP requests the crawl's visits sent to sources.</summary>
    [Id(16)] public long SourceRequests { get; init; }
    /// <summary>Documents whose body the crawl's visits downloaded.</summary>
    [Id(17)] public long Downloads { get; init; }
    /// <summary>Hosts that asked the crawl to wait, with the papers waiting for each and until when.</summary>
    [Id(18)] public IReadOnlyList<HostWait> Waiting { get; init; } = [];
    /// <summary>What the crawl spent: requests by source and kind, storage writes, and the time left at each host's rate.</summary>
    [Id(19)] public CrawlSpend Spend { get; init; } = new();
    /// <summary>Visits sent again because the call failed or went unanswered (a lost activation or silo).</summary>
    [Id(20)] public long VisitRetries { get; init; }
    /// <summary>Visits that came back because a host asked to wait.</summary>
    [Id(21)] public long ThrottledVisits { get; init; }
}

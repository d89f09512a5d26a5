using HubCrawler.Abstractions;

namespace HubCrawler.Grains;

/// <summary>What a crawl job persists: its request, the papers it admitted (with the depth each
/// may still go) and those still pending, and its counters. Enough to resume after a restart.</summary>
[GenerateSerializer]
public sealed class CrawlJobState
{
    [Id(0)] public CrawlRequest? Request { get; set; }
    [Id(1)] public DateTimeOffset StartedAt { get; set; }
    [Id(2)] public DateTimeOffset? FinishedAt { get; set; }
    [Id(3)] public bool Cancelled { get; set; }
    [Id(4)] public bool SeedsResolved { get; set; }
    /// <summary>Admitted papers and the largest remaining depth each was admitted with.</summary>
    [Id(5)] public Dictionary<string, int> Admitted { get; set; } = [];
    /// <summary>Papers sent a visit and not yet reported, with the depth they should be visited with.</summary>
    [Id(6)] public Dictionary<string, int> Pending { get; set; } = [];
    /// <summary>Papers whose outcome is counted, so a visit sent twice is counted once.</summary>
    [Id(7)] public HashSet<string> Counted { get; set; } = [];
    [Id(8)] public int Fetched { get; set; }
    [Id(9)] public int FromCache { get; set; }
    [Id(10)] public int Failed { get; set; }
    [Id(11)] public int SkippedByBudget { get; set; }
    [Id(12)] public Dictionary<string, int> FailuresByReason { get; set; } = [];
    [Id(13)] public List<CrawlFailure> Failures { get; set; } = [];
    [Id(14)] public List<CrawlFailure> SeedErrors { get; set; } = [];
    [Id(15)] public int Revalidated { get; set; }
    [Id(16)] public long SourceRequests { get; set; }
    [Id(17)] public long Downloads { get; set; }
}

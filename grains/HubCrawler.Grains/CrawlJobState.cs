namespace HubCrawler.Grains;

/// <summary>What a crawl job persists: its request, its seeds' fate, the budget it granted and the latest summary of each
/// frontier partition. Small and of fixed size whatever the crawl's size: the papers live in the partitions' logs.</summary>
[GenerateSerializer, Alias("hubcrawler.CrawlJobState")]
public sealed class CrawlJobState
{
    [Id(0)] public CrawlRequest? Request { get; set; }
    [Id(1)] public DateTimeOffset StartedAt { get; set; }
    [Id(2)] public DateTimeOffset? FinishedAt { get; set; }
    [Id(3)] public bool Cancelled { get; set; }
    [Id(4)] public bool SeedsResolved { get; set; }
    [Id(14)] public List<CrawlFailure> SeedErrors { get; set; } = [];
    /// <summary>Frontier partitions of this crawl.</summary>
    [Id(18)] public int Partitions { get; set; }
    /// <summary>Papers the job has granted admission to (seeds included); the budget is spent when it reaches MaxPapers.</summary>
    [Id(19)] public int Granted { get; set; }
    /// <summary>Seeds not admitted because they exceeded the budget.</summary>
    [Id(20)] public int SeedsSkippedByBudget { get; set; }
    /// <summary>The latest summary of each partition.</summary>
    [Id(21)] public Dictionary<int, FrontierSummary> Summaries { get; set; } = [];
    /// <summary>Per partition, the activation (epoch) that last asked for admissions and the last batch granted to it.</summary>
    [Id(23)] public Dictionary<int, GrantedBatch> GrantedBatches { get; set; } = [];
    /// <summary>Writes of this state.</summary>
    [Id(22)] public long Writes { get; set; }
}

namespace HubCrawler.Abstractions;

/// <summary>What a crawl spent of the scarce things: source requests (by source and kind) and storage writes,
/// per paper, and how long the rest would take at each source's configured rate.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.CrawlSpend")]
public sealed record CrawlSpend
{
    /// <summary>Requests by "{source}/{kind}" (kinds in <see cref="SourceRequestKinds"/>).</summary>
    [Id(0)] public IReadOnlyDictionary<string, long> RequestsByKind { get; init; } = new Dictionary<string, long>();
    /// <summary>Source requests per paper whose visit completed.</summary>
    [Id(1)] public double RequestsPerPaper { get; init; }
    /// <summary>Storage writes: paper state and citation pages written by visits.</summary>
    [Id(2)] public long PaperWrites { get; init; }
    /// <summary>Storage writes of the crawl's own bookkeeping (frontier checkpoints, job state).</summary>
    [Id(3)] public long CrawlWrites { get; init; }
    /// <summary>All storage writes per paper whose visit completed.</summary>
    [Id(4)] public double WritesPerPaper { get; init; }
    /// <summary>Bytes the frontier partitions have checkpointed.</summary>
    [Id(5)] public long FrontierBytes { get; init; }
    /// <summary>Estimated time left per source, at the source's configured request rate: pending papers × requests a paper so far ÷ rate.</summary>
    [Id(6)] public IReadOnlyDictionary<string, double> SecondsLeftBySource { get; init; } = new Dictionary<string, double>();
}

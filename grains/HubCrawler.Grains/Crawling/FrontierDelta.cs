namespace HubCrawler.Grains.Crawling;

/// <summary>What changed in a frontier partition since its last checkpoint: appended to its log, replayed in order on restore.
/// Within one delta admissions apply first, then depth upgrades, then completions (a completion at a depth below the
/// paper's final depth leaves it waiting), which gives the same state whatever order they happened in.</summary>
[GenerateSerializer, Alias("hubcrawler.FrontierDelta")]
public sealed class FrontierDelta
{
    /// <summary>Set in the first delta of a partition.</summary>
    [Id(0)] public FrontierSettings? Settings { get; set; }
    [Id(1)] public List<FrontierOffer> Admitted { get; set; } = [];
    [Id(2)] public List<FrontierOffer> Upgraded { get; set; } = [];
    /// <summary>Visits completed, with the depth they were visited with.</summary>
    [Id(3)] public List<FrontierOffer> Completed { get; set; } = [];
    /// <summary>Papers whose outcome was counted (a paper visited again for a larger depth is counted once).</summary>
    [Id(4)] public List<string> Counted { get; set; } = [];
    [Id(5)] public List<CrawlFailure> Failures { get; set; } = [];
    /// <summary>The partition's counters at this checkpoint (a snapshot, not a difference).</summary>
    [Id(6)] public FrontierCounters? Counters { get; set; }
    [Id(7)] public bool Cancelled { get; set; }

    public bool IsEmpty => Settings is null && Admitted.Count == 0 && Upgraded.Count == 0 && Completed.Count == 0
        && Counted.Count == 0 && Failures.Count == 0 && !Cancelled;
}

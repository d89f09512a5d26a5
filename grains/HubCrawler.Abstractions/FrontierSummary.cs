namespace HubCrawler.Abstractions;

/// <summary>What one frontier partition tells its crawl job: its counts and counters so far. Cumulative,
/// so a summary sent twice or out of order changes nothing (<see cref="Sequence"/> orders them).</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.FrontierSummary")]
public sealed record FrontierSummary
{
    [Id(0)] public int Partition { get; init; }
    /// <summary>Increases with every summary of the same partition activation; a new activation starts above the old one.</summary>
    [Id(1)] public long Sequence { get; init; }
    /// <summary>Papers admitted to this partition.</summary>
    [Id(2)] public int Admitted { get; init; }
    /// <summary>Admitted papers whose visit has not completed (in flight or waiting).</summary>
    [Id(3)] public int Pending { get; init; }
    [Id(4)] public int InFlight { get; init; }
    /// <summary>Offers received and not yet admitted; the crawl is not done while any partition has some.</summary>
    [Id(5)] public int UnappliedOffers { get; init; }
    [Id(6)] public FrontierCounters Counters { get; init; } = new();
    /// <summary>Papers waiting for a source host that asked to wait.</summary>
    [Id(7)] public IReadOnlyList<HostWait> Waiting { get; init; } = [];
    /// <summary>The first failures, with their messages.</summary>
    [Id(8)] public IReadOnlyList<CrawlFailure> Failures { get; init; } = [];
    /// <summary>True once the partition was given the job's seeds (or has nothing to wait for).</summary>
    [Id(9)] public bool Started { get; init; }
    /// <summary>The partition activation that sent this summary (its admissions are numbered within it).</summary>
    [Id(10)] public long Epoch { get; init; }
    /// <summary>The number of the last admission batch this activation applied (see <see cref="ICrawlJobGrain.GrantAdmissions"/>).</summary>
    [Id(11)] public long AppliedBatch { get; init; }
}

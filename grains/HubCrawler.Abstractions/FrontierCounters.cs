namespace HubCrawler.Abstractions;

/// <summary>What a crawl (or one of its frontier partitions) counted: outcomes per paper and what the visits spent.</summary>
[GenerateSerializer, Alias("hubcrawler.FrontierCounters")]
public sealed class FrontierCounters
{
    [Id(0)] public int Fetched { get; set; }
    [Id(1)] public int FromCache { get; set; }
    [Id(2)] public int Revalidated { get; set; }
    [Id(3)] public int Failed { get; set; }
    [Id(4)] public int SkippedByBudget { get; set; }
    [Id(5)] public Dictionary<string, int> FailuresByReason { get; set; } = [];
    [Id(6)] public long SourceRequests { get; set; }
    [Id(7)] public long Downloads { get; set; }
    /// <summary>Source requests by "{source}/{kind}".</summary>
    [Id(8)] public Dictionary<string, long> RequestsByKind { get; set; } = [];
    /// <summary>Storage writes of the visits (paper state, citation pages).</summary>
    [Id(9)] public long PaperWrites { get; set; }
    /// <summary>Storage writes of the frontier's own checkpoints.</summary>
    [Id(10)] public long FrontierWrites { get; set; }
    [Id(11)] public long FrontierBytes { get; set; }
    /// <summary>Visits that came back because a host asked to wait (each goes back to the frontier to wait).</summary>
    [Id(12)] public long ThrottledVisits { get; set; }
    /// <summary>Visits sent again because the call failed (activation or silo failure) or was not answered in time.</summary>
    [Id(13)] public long VisitRetries { get; set; }

    /// <summary>Adds <paramref name="other"/> into this one.</summary>
    public void Add(FrontierCounters other)
    {
        Fetched += other.Fetched;
        FromCache += other.FromCache;
        Revalidated += other.Revalidated;
        Failed += other.Failed;
        SkippedByBudget += other.SkippedByBudget;
        SourceRequests += other.SourceRequests;
        Downloads += other.Downloads;
        PaperWrites += other.PaperWrites;
        FrontierWrites += other.FrontierWrites;
        FrontierBytes += other.FrontierBytes;
        ThrottledVisits += other.ThrottledVisits;
        VisitRetries += other.VisitRetries;
        foreach (var (reason, count) in other.FailuresByReason) FailuresByReason[reason] = FailuresByReason.GetValueOrDefault(reason) + count;
        foreach (var (kind, count) in other.RequestsByKind) RequestsByKind[kind] = RequestsByKind.GetValueOrDefault(kind) + count;
    }

    /// <summary>A deep copy.</summary>
    public FrontierCounters Copy()
    {
        var copy = new FrontierCounters();
        copy.Add(this);
        return copy;
    }
}

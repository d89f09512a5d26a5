namespace HubCrawler.Abstractions;

/// <summary>What a paper visit did, returned to the frontier partition that sent it.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.VisitResult")]
public sealed record VisitResult
{
    [Id(0)] public required string PaperId { get; init; }
    /// <summary>The depth the paper was visited with.</summary>
    [Id(1)] public int Depth { get; init; }
    [Id(2)] public VisitOutcome Outcome { get; init; }
    /// <summary>Short machine-readable reason for a failure ("not-found", "source-unavailable", ...).</summary>
    [Id(3)] public string? Reason { get; init; }
    [Id(4)] public string? Message { get; init; }
    /// <summary>Requests the visit sent, by "{source}/{kind}" (see <see cref="SourceRequestKinds"/>).</summary>
    [Id(5)] public IReadOnlyDictionary<string, int> RequestsByKind { get; init; } = new Dictionary<string, int>();
    /// <summary>HTTP requests the visit sent to sources, retries and conditional requests included.</summary>
    [Id(6)] public int Requests { get; init; }
    /// <summary>Documents whose body the visit downloaded.</summary>
    [Id(7)] public int Downloads { get; init; }
    /// <summary>Storage writes the visit made (grain state, citation pages).</summary>
    [Id(8)] public int StorageWrites { get; init; }
    /// <summary>For <see cref="VisitOutcome.Throttled"/>: the host that asked to wait, until when, and why.</summary>
    [Id(9)] public HostWait? Wait { get; init; }
    /// <summary>Citing papers offered to the frontier.</summary>
    [Id(10)] public int Offered { get; init; }
}

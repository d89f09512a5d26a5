namespace HubCrawler.Abstractions;

/// <summary>What a paper tells its crawl job after a visit: the outcome and the citing papers to follow.</summary>
[GenerateSerializer, Immutable]
public sealed record VisitReport
{
    [Id(0)] public required string PaperId { get; init; }
    /// <summary>The remaining depth the paper was visited with.</summary>
    [Id(1)] public int Depth { get; init; }
    [Id(2)] public VisitOutcome Outcome { get; init; }
    /// <summary>Short machine-readable reason for a failure ("not-found", "source-failed", ...).</summary>
    [Id(3)] public string? Reason { get; init; }
    [Id(4)] public string? Message { get; init; }
    /// <summary>Distinct resolved citing papers, only when the visit has depth left to follow them.</summary>
    [Id(5)] public IReadOnlyList<string> CitingPaperIds { get; init; } = [];
    /// <summary>HTTP requests the visit sent to sources (retries and conditional requests included).</summary>
    [Id(6)] public int Requests { get; init; }
    /// <summary>Documents whose body the visit downloaded.</summary>
    [Id(7)] public int Downloads { get; init; }
}

namespace HubCrawler.Abstractions;

/// <summary>What one check of a watched paper found.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.FeedCheck")]
public sealed record FeedCheck
{
    /// <summary>The citing papers that were not there at the check before.</summary>
    [Id(0)] public IReadOnlyList<CitationEvent> New { get; init; } = [];
    /// <summary>Why the check failed (the hub could not be refreshed); null when it ran.</summary>
    [Id(1)] public string? Error { get; init; }
    /// <summary>True when this check took the paper's first list (no events: everything was already there).</summary>
    [Id(2)] public bool Baseline { get; init; }
    [Id(3)] public DateTimeOffset CheckedAt { get; init; }
    /// <summary>What kind of failure <see cref="Error"/> is.</summary>
    [Id(4)] public LookupErrorKind ErrorKind { get; init; }
}

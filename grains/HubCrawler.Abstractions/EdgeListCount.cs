namespace HubCrawler.Abstractions;

/// <summary>How one source's list of one direction adds up: <see cref="Reported"/> (what the source says the paper has)
/// = <see cref="Listed"/> + <see cref="Duplicates"/> + <see cref="Unresolved"/> + <see cref="NotListed"/>.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.EdgeListCount")]
public sealed record EdgeListCount
{
    /// <summary>The source ("semanticscholar", "openalex", "opencitations", ...).</summary>
    [Id(0)] public required string Source { get; init; }
    [Id(1)] public EdgeDirection Direction { get; init; }
    /// <summary>What the source reports the paper has (its citationCount, cited_by_count, ...); null when it reports none.</summary>
    [Id(2)] public int? Reported { get; init; }
    /// <summary>Distinct resolved papers the source listed (kept in the hub).</summary>
    [Id(3)] public int Listed { get; init; }
    /// <summary>Records of the list that repeated a paper already listed (a list that shifted while it was paged).</summary>
    [Id(4)] public int Duplicates { get; init; }
    /// <summary>Records naming no paper id (kept as edges, not crawled).</summary>
    [Id(5)] public int Unresolved { get; init; }
    /// <summary>Why the source's list ended before <see cref="Reported"/>, when it did: its paging cap, a spent budget, an error.</summary>
    [Id(6)] public string? StoppedEarly { get; init; }

    /// <summary>Records received: <see cref="Listed"/> + <see cref="Duplicates"/> + <see cref="Unresolved"/>.</summary>
    public int Received => Listed + Duplicates + Unresolved;

    /// <summary>What the source reports but did not list (negative when it listed more than it reports); null when nothing is reported.</summary>
    public int? NotListed => Reported - Received;
}

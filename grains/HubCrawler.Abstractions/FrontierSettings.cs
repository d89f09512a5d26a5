namespace HubCrawler.Abstractions;

/// <summary>What a frontier partition needs to know of its job.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.FrontierSettings")]
public sealed record FrontierSettings
{
    [Id(0)] public required string JobId { get; init; }
    [Id(1)] public int Partition { get; init; }
    [Id(2)] public int Partitions { get; init; } = 1;
    /// <summary>Visits this partition may keep in flight at once.</summary>
    [Id(3)] public int Window { get; init; } = 64;
    /// <summary>The edges the crawl follows.</summary>
    [Id(4)] public EdgeDirection Direction { get; init; } = EdgeDirection.Citations;
}

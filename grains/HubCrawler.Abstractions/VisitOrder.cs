namespace HubCrawler.Abstractions;

/// <summary>A crawl's request to visit one paper: make its hub fresh and offer its citing papers to the crawl's frontier.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.VisitOrder")]
public sealed record VisitOrder
{
    [Id(0)] public required string JobId { get; init; }
    /// <summary>Citation hops still to follow from this paper.</summary>
    [Id(1)] public int Depth { get; init; }
    /// <summary>How many frontier partitions the crawl has; a citing paper goes to partition <see cref="FrontierPartitioning.Of"/>.</summary>
    [Id(2)] public int Partitions { get; init; } = 1;
    /// <summary>The paper's citation count as the listing that discovered it said (null for seeds): 0 spares the citations request.</summary>
    [Id(3)] public int? KnownCitationCount { get; init; }
    /// <summary>The edges the crawl follows: the citing papers (the default), the cited ones, or both.</summary>
    [Id(4)] public EdgeDirection Direction { get; init; } = EdgeDirection.Citations;
}

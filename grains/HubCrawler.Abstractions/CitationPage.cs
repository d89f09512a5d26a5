namespace HubCrawler.Abstractions;

/// <summary>One page of a paper's citing papers, or of the papers it cites (<see cref="Direction"/>): on a reference page
/// the <c>citing*</c> fields of each item describe the cited paper, the other end of the edge.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.CitationPage")]
public sealed record CitationPage
{
    [Id(0)] public required string PaperId { get; init; }
    /// <summary>Citations matching the filter, over all pages.</summary>
    [Id(1)] public int Total { get; init; }
    [Id(2)] public int Offset { get; init; }
    [Id(3)] public int Limit { get; init; }
    [Id(4)] public IReadOnlyList<CitationEdge> Items { get; init; } = [];
    /// <summary>The offset of the next page, or null on the last page.</summary>
    [Id(5)] public int? NextOffset { get; init; }
    [Id(6)] public EdgeDirection Direction { get; init; } = EdgeDirection.Citations;
}

namespace HubCrawler.Abstractions;

/// <summary>A citing paper picked to show how a paper is cited.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.RepresentativeCitation")]
public sealed record RepresentativeCitation
{
    [Id(0)] public string? CitingPaperId { get; init; }
    [Id(1)] public string? Title { get; init; }
    [Id(2)] public int? Year { get; init; }
    [Id(3)] public CitationRole Role { get; init; }
    [Id(4)] public bool IsInfluential { get; init; }
    [Id(5)] public int? CitationCount { get; init; }
    /// <summary>One line on what the citing paper is about.</summary>
    [Id(6)] public string? Summary { get; init; }
}

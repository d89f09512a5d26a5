namespace HubCrawler.Abstractions;

/// <summary>A hub's whole stored citation list counted by the citing papers' year: every year from the first to the
/// last (years without citations included, as zeros), and the citations whose citing paper has no year.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.CitationYears")]
public sealed record CitationYears
{
    [Id(0)] public IReadOnlyList<YearCitations> Years { get; init; } = [];
    [Id(1)] public int WithoutYear { get; init; }
    /// <summary>All citations counted (with and without a year).</summary>
    [Id(2)] public int Total { get; init; }
}

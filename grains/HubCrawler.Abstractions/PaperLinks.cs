namespace HubCrawler.Abstractions;

/// <summary>What a paper's hub holds of its neighbourhood, read from storage without asking a source: the ids of the papers
/// citing it and of those it cites, each null while that list was never read (unknown, not empty).</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.PaperLinks")]
public sealed record PaperLinks
{
    [Id(0)] public required string PaperId { get; init; }
    /// <summary>False when the paper has no hub yet (nothing was ever fetched for it).</summary>
    [Id(1)] public bool HasHub { get; init; }
    [Id(2)] public string? Title { get; init; }
    [Id(3)] public int? Year { get; init; }
    /// <summary>The citation count the sources reported (all citations, not only those held).</summary>
    [Id(4)] public int CitationCount { get; init; }
    /// <summary>The resolved citing papers, once each; null when the citation list was never read.</summary>
    [Id(5)] public IReadOnlyList<LinkedPaper>? Citers { get; init; }
    /// <summary>The resolved cited papers, once each; null when the references were never read.</summary>
    [Id(6)] public IReadOnlyList<LinkedPaper>? References { get; init; }
}

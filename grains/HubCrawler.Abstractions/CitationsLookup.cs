namespace HubCrawler.Abstractions;

/// <summary>A page of citing papers, or why there is none.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.CitationsLookup")]
public sealed record CitationsLookup
{
    [Id(0)] public CitationPage? Page { get; init; }
    [Id(1)] public LookupErrorKind Error { get; init; }
    [Id(2)] public string? Message { get; init; }
}

namespace HubCrawler.Abstractions;

/// <summary>The canonical paper an alias names, or why it names none.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.AliasResolution")]
public sealed record AliasResolution
{
    [Id(0)] public string? CanonicalId { get; init; }
    [Id(1)] public LookupErrorKind Error { get; init; }
    [Id(2)] public string? Message { get; init; }
    /// <summary>The paper's ids as the sources that identified it gave them (keyed as <see cref="PaperMetadata.ExternalIds"/>);
    /// empty for a Semantic Scholar id, which names the paper as it is.</summary>
    [Id(3)] public IReadOnlyDictionary<string, string> Ids { get; init; } = new Dictionary<string, string>();
}

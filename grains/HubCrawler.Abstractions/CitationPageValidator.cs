namespace HubCrawler.Abstractions;

/// <summary>One citation page a hub was built from, and what a conditional request for it needs: kept in the
/// paper's grain state instead of the page's body, so a refresh can ask "changed?" without a document cache.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.CitationPageValidator")]
public sealed record CitationPageValidator
{
    /// <summary>The page's URL as requested, without secrets (an API key travels in a header or a secret query).</summary>
    [Id(0)] public required string Url { get; init; }
    [Id(1)] public string? ETag { get; init; }
    [Id(2)] public DateTimeOffset? LastModified { get; init; }
    /// <summary>When the page's body was downloaded.</summary>
    [Id(3)] public DateTimeOffset FetchedAt { get; init; }
}

namespace HubCrawler.Abstractions;

/// <summary>The canonical paper an alias names, or why it names none.</summary>
[GenerateSerializer, Immutable]
public sealed record AliasResolution
{
    [Id(0)] public string? CanonicalId { get; init; }
    [Id(1)] public LookupErrorKind Error { get; init; }
    [Id(2)] public string? Message { get; init; }
}

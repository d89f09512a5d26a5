namespace HubCrawler.Grains.Sources;

/// <summary>The grain key an alias names and the source that said so, or why none did.</summary>
public sealed record Identification(string? Key, string? Source, SourceRecord? Record, SourceErrorKind Error, string? Message);

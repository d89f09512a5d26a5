namespace HubCrawler.Sources.Caching;

/// <summary>A source document as fetched, with what is needed to revalidate it.</summary>
public sealed record CachedDocument
{
    public required Uri Url { get; init; }
    public int Status { get; init; } = 200;
    public string? ContentType { get; init; }
    public required byte[] Body { get; init; }
    /// <summary>When the body was downloaded.</summary>
    public DateTimeOffset FetchedAt { get; init; }
    /// <summary>When the source last confirmed the body (a download or a 304).</summary>
    public DateTimeOffset ValidatedAt { get; init; }
    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }
}

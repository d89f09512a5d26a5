namespace HubCrawler.Sources.Caching;

/// <summary>A fetch through the cache: the source's answer (or the cache's), where it came from,
/// and the requests it took.</summary>
public sealed record CachedFetch(FetchResponse Response, DocumentOrigin Origin, int Requests)
{
    /// <summary>When the source last confirmed the body.</summary>
    public DateTimeOffset? ValidatedAt { get; init; }

    /// <summary>A downloaded document waiting for the caller to confirm it is whole before it is cached.</summary>
    internal CachedDocument? Download { get; init; }
}

namespace HubCrawler.Sources.Caching;

/// <summary>Where a document's body came from.</summary>
public enum DocumentOrigin
{
    /// <summary>Downloaded from the source.</summary>
    Network,
    /// <summary>From the cache, fresh within its time to live; no request was made.</summary>
    Cache,
    /// <summary>From the cache after the source answered a conditional request with 304.</summary>
    Revalidated,
    /// <summary>From the cache because the source failed; older than it should be.</summary>
    Stale,
}

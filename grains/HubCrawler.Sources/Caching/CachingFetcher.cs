using System.Globalization;
using Microsoft.Extensions.Logging;

namespace HubCrawler.Sources.Caching;

/// <summary>Fetches through the document cache: a fresh entry is served without a request, an
/// older one is revalidated with If-None-Match / If-Modified-Since (a 304 moves no body), and when
/// the source fails an entry of any age is served, marked stale, rather than losing the document.
/// A download is cached only once the caller has read it whole (<see cref="AcceptAsync"/>), so a
/// truncated body never poisons the cache.</summary>
public sealed class CachingFetcher(FetchPipeline pipeline, IDocumentCache cache, TimeProvider time, ILogger<CachingFetcher> logger)
{
    /// <param name="source">The source's name, part of the cache key.</param>
    /// <param name="timeToLive">How long a cached document is served without asking the source.</param>
    /// <param name="revalidate">Ask the source even when the entry is within its time to live.</param>
    public async Task<CachedFetch> GetAsync(string source, FetchRequest request, TimeSpan timeToLive, bool revalidate, CancellationToken cancellationToken = default)
    {
        var cached = await cache.GetAsync(source, request.Url, cancellationToken);
        var now = time.GetUtcNow();
        if (cached is not null && !revalidate && now - cached.ValidatedAt < timeToLive)
            return new CachedFetch(AsResponse(cached, 0), DocumentOrigin.Cache, 0) { ValidatedAt = cached.ValidatedAt };

        var response = await pipeline.GetAsync(cached is null ? request : Conditional(request, cached), cancellationToken);
        if (response.Status == 304 && cached is not null)
        {
            var confirmed = cached with { ValidatedAt = time.GetUtcNow() };
            await cache.TouchAsync(source, confirmed, cancellationToken);
            return new CachedFetch(AsResponse(confirmed, response.Attempts), DocumentOrigin.Revalidated, response.Attempts) { ValidatedAt = confirmed.ValidatedAt };
        }
        if (response.IsSuccess)
        {
            var fetchedAt = time.GetUtcNow();
            var download = new CachedDocument
            {
                Url = request.Url,
                Status = response.Status,
                ContentType = response.ContentType,
                Body = response.Body,
                FetchedAt = fetchedAt,
                ValidatedAt = fetchedAt,
                ETag = response.ETag,
                LastModified = response.LastModified,
            };
            return new CachedFetch(response, DocumentOrigin.Network, response.Attempts) { ValidatedAt = fetchedAt, Download = download };
        }
        if (cached is not null && IsSourceFailure(response))
        {
            logger.ServingStaleCopy(request.Url, response.Status, response.TransportError, cached.ValidatedAt);
            return new CachedFetch(AsResponse(cached, response.Attempts), DocumentOrigin.Stale, response.Attempts) { ValidatedAt = cached.ValidatedAt };
        }
        return new CachedFetch(response, DocumentOrigin.Network, response.Attempts);
    }

    /// <summary>Straight to the source, the cache neither read nor written: for sources whose documents are not
    /// kept (their validators live with the hub instead). A conditional request is the caller's to build.</summary>
    public async Task<CachedFetch> GetUncachedAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        var response = await pipeline.GetAsync(request, cancellationToken);
        var origin = response.Status == 304 ? DocumentOrigin.Revalidated : DocumentOrigin.Network;
        return new CachedFetch(response, origin, response.Attempts) { ValidatedAt = response.IsSuccess || response.Status == 304 ? time.GetUtcNow() : null };
    }

    /// <summary>Caches a downloaded document that the caller has read successfully.</summary>
    public Task AcceptAsync(string source, CachedFetch fetch, CancellationToken cancellationToken = default) =>
        fetch.Download is { } download ? cache.PutAsync(source, download, cancellationToken) : Task.CompletedTask;

    // A 404 or 400 is the source's answer, not an outage: the cached copy must not hide it.
    private static bool IsSourceFailure(FetchResponse response) => response.Status is 0 or 429 or >= 500;

    private static FetchRequest Conditional(FetchRequest request, CachedDocument cached)
    {
        var headers = new Dictionary<string, string>(request.Headers ?? new Dictionary<string, string>());
        if (cached.ETag is { } etag) headers["If-None-Match"] = etag;
        if (cached.LastModified is { } lastModified) headers["If-Modified-Since"] = lastModified.ToString("R", CultureInfo.InvariantCulture);
        return request with { Headers = headers };
    }

    private static FetchResponse AsResponse(CachedDocument document, int attempts) => new()
    {
        Status = document.Status,
        Body = document.Body,
        Attempts = attempts,
        ETag = document.ETag,
        LastModified = document.LastModified,
        ContentType = document.ContentType,
    };
}

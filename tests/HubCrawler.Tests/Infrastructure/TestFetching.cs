using HubCrawler.Sources.Caching;
using HubCrawler.Sources.Fetching;
using Microsoft.Extensions.Logging.Abstractions;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>The fetch pipeline, document cache and caching fetcher an adapter test builds over the simulator.</summary>
public sealed record TestFetching(FetchPipeline Pipeline, MemoryDocumentCache Cache, CachingFetcher Fetcher)
{
    /// <summary>Fast retries and a short timeout, with a User-Agent that names the test.</summary>
    public static FetchOptions Options(string purpose, int maxAttempts = 2) => new()
    {
        MaxAttempts = maxAttempts,
        BackoffBase = TimeSpan.FromMilliseconds(10),
        BackoffMax = TimeSpan.FromMilliseconds(100),
        RequestTimeout = TimeSpan.FromSeconds(5),
        UserAgent = $"HubCrawler-Tests/1.0 (+{purpose})",
    };

    public static TestFetching Create(FetchOptions options, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var pipeline = new FetchPipeline(Microsoft.Extensions.Options.Options.Create(options), time, NullLogger<FetchPipeline>.Instance);
        var cache = new MemoryDocumentCache(Microsoft.Extensions.Options.Options.Create(new CacheOptions()), time);
        return new TestFetching(pipeline, cache, new CachingFetcher(pipeline, cache, time, NullLogger<CachingFetcher>.Instance));
    }
}

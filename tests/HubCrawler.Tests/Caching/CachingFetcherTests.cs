using HubCrawler.Sources.Caching;
using HubCrawler.Sources.Fetching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HubCrawler.Tests.Caching;

/// <summary>The cache in front of a real source (the simulator over HTTP), with a clock the test moves.</summary>
public sealed class CachingFetcherTests : IAsyncLifetime
{
    private static readonly TimeSpan Ttl = TimeSpan.FromHours(1);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private SimulatorServer _simulator = null!;
    private FetchPipeline _pipeline = null!;
    private MemoryDocumentCache _cache = null!;
    private CachingFetcher _fetcher = null!;

    public async Task InitializeAsync()
    {
        _simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 50, Seed = 2, HeavyPaperCitations = 0 }));
        _pipeline = new FetchPipeline(Options.Create(new FetchOptions { MaxAttempts = 2, BackoffBase = TimeSpan.FromMilliseconds(5) }), TimeProvider.System, NullLogger<FetchPipeline>.Instance);
        _pipeline.RegisterHost(_simulator.Root, new HostLimits(4, 0));
        _cache = new MemoryDocumentCache(Options.Create(new CacheOptions { MaxAge = TimeSpan.FromDays(30) }), _clock);
        _fetcher = new CachingFetcher(_pipeline, _cache, _clock, NullLogger<CachingFetcher>.Instance);
    }

    public async Task DisposeAsync()
    {
        _pipeline.Dispose();
        await _simulator.DisposeAsync();
    }

    private FetchRequest Paper(int index) =>
        new(new Uri($"{_simulator.SemanticScholarBaseUrl}/paper/{_simulator.Graph.Papers[index].PaperId}?fields=title"));

    private async Task<CachedFetch> Fetch(FetchRequest request, bool revalidate = false)
    {
        var fetch = await _fetcher.GetAsync("test", request, Ttl, revalidate);
        await _fetcher.AcceptAsync("test", fetch);
        return fetch;
    }

    [Fact]
    public async Task A_fresh_entry_is_served_without_a_request()
    {
        var first = await Fetch(Paper(1));
        var second = await Fetch(Paper(1));
        Assert.Equal(DocumentOrigin.Network, first.Origin);
        Assert.Equal(DocumentOrigin.Cache, second.Origin);
        Assert.Equal(first.Response.Body, second.Response.Body);
        Assert.Equal(1, _simulator.RequestLog.Count);
    }

    [Fact]
    public async Task An_expired_entry_is_revalidated_and_a_304_moves_no_body()
    {
        var first = await Fetch(Paper(2));
        _clock.Advance(Ttl + TimeSpan.FromMinutes(1));
        var second = await Fetch(Paper(2));

        Assert.Equal(DocumentOrigin.Revalidated, second.Origin);
        Assert.Equal(first.Response.Body, second.Response.Body);
        var request = _simulator.RequestLog.Snapshot()[1];
        Assert.True(request.Conditional);
        Assert.Equal(304, request.Status);
        Assert.Equal(0, request.ResponseBytes);

        // The 304 renewed the entry: within the time to live again, no request at all.
        var third = await Fetch(Paper(2));
        Assert.Equal(DocumentOrigin.Cache, third.Origin);
        Assert.Equal(2, _simulator.RequestLog.Count);
    }

    [Fact]
    public async Task A_changed_document_is_downloaded_again()
    {
        await Fetch(Paper(3));
        _simulator.Revisions.Revise(3);
        var second = await Fetch(Paper(3), revalidate: true);
        Assert.Equal(DocumentOrigin.Network, second.Origin);
        Assert.Contains("(revision 1)", System.Text.Encoding.UTF8.GetString(second.Response.Body));
        Assert.Equal(200, _simulator.RequestLog.Snapshot()[1].Status);
    }

    [Fact]
    public async Task A_failing_source_gets_the_cached_copy_marked_stale_but_a_404_is_not_hidden()
    {
        var first = await Fetch(Paper(4));
        _simulator.Faults.FailingPaperIds.Add(_simulator.Graph.Papers[4].PaperId);
        var stale = await Fetch(Paper(4), revalidate: true);
        Assert.Equal(DocumentOrigin.Stale, stale.Origin);
        Assert.Equal(first.Response.Body, stale.Response.Body);

        var unknown = new FetchRequest(new Uri($"{_simulator.SemanticScholarBaseUrl}/paper/arXiv:9999.99999?fields=title"));
        var notFound = await Fetch(unknown);
        Assert.Equal(404, notFound.Response.Status);
    }

    [Fact]
    public async Task A_truncated_body_is_never_cached()
    {
        _simulator.Faults.MalformedRate = 1.0;
        // The caller finds the body truncated and does not accept it.
        var truncated = await _fetcher.GetAsync("test", Paper(5), Ttl, revalidate: false);
        Assert.Equal(DocumentOrigin.Network, truncated.Origin);
        _simulator.Faults.MalformedRate = 0;

        var whole = await Fetch(Paper(5));
        Assert.Equal(DocumentOrigin.Network, whole.Origin);
        Assert.False(_simulator.RequestLog.Snapshot()[1].Conditional);
    }

    [Fact]
    public async Task The_memory_cache_keeps_to_its_size_bound_dropping_the_least_recently_used()
    {
        var cache = new MemoryDocumentCache(Options.Create(new CacheOptions { MaxBytes = 250 }), _clock);
        Uri Url(int i) => new($"http://example.test/{i}");
        for (var i = 0; i < 5; i++)
            await cache.PutAsync("s", new CachedDocument { Url = Url(i), Body = new byte[100], ValidatedAt = _clock.GetUtcNow() });
        Assert.True(cache.Bytes <= 250);
        Assert.Null(await cache.GetAsync("s", Url(0)));
        Assert.NotNull(await cache.GetAsync("s", Url(4)));
    }
}

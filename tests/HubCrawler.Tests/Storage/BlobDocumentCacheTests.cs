using Azure.Storage.Blobs;
using HubCrawler.Sources.Caching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HubCrawler.Tests.Storage;

/// <summary>The document cache on a real Azure Blob API (Azurite).</summary>
public sealed class BlobDocumentCacheTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
    private AzuriteServer _azurite = null!;
    private BlobDocumentCache _cache = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        _cache = Create(_azurite.ConnectionString);
    }

    public async Task DisposeAsync() => await _azurite.DisposeAsync();

    private BlobDocumentCache Create(string connectionString, BlobClientOptions? clientOptions = null) =>
        new(new BlobServiceClient(connectionString, clientOptions), Options.Create(new CacheOptions { MaxAge = TimeSpan.FromDays(10) }), _clock, NullLogger<BlobDocumentCache>.Instance);

    private CachedDocument Document(string path, string body) => new()
    {
        Url = new Uri("https://api.example.test/graph/v1/" + path),
        Body = System.Text.Encoding.UTF8.GetBytes(body),
        ContentType = "application/json",
        FetchedAt = _clock.GetUtcNow(),
        ValidatedAt = _clock.GetUtcNow(),
        ETag = "\"abc-r0\"",
        LastModified = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task A_document_round_trips_with_its_url_status_and_validators()
    {
        var document = Document("paper/x?fields=title,abstract", "{\"paperId\":\"x\"}");
        await _cache.PutAsync("semanticscholar", document);
        var read = await _cache.GetAsync("semanticscholar", document.Url);

        Assert.NotNull(read);
        Assert.Equal(document.Body, read.Body);
        Assert.Equal(document.ETag, read.ETag);
        Assert.Equal(document.LastModified, read.LastModified);
        Assert.Equal(document.FetchedAt, read.FetchedAt);
        Assert.Equal("application/json", read.ContentType);
        Assert.Null(await _cache.GetAsync("another-source", document.Url));
    }

    [Fact]
    public async Task A_touch_renews_the_entry_without_rewriting_the_body()
    {
        var document = Document("paper/y", "{\"paperId\":\"y\"}");
        await _cache.PutAsync("s", document);
        _clock.Advance(TimeSpan.FromDays(2));
        await _cache.TouchAsync("s", document with { ValidatedAt = _clock.GetUtcNow() });

        var read = await _cache.GetAsync("s", document.Url);
        Assert.Equal(_clock.GetUtcNow(), read!.ValidatedAt);
        Assert.Equal(document.FetchedAt, read.FetchedAt);
        Assert.Equal(document.Body, read.Body);
    }

    [Fact]
    public async Task Entries_past_the_age_bound_are_evicted()
    {
        var old = Document("paper/old", "{}");
        await _cache.PutAsync("s", old);
        _clock.Advance(TimeSpan.FromDays(8));
        var recent = Document("paper/recent", "{}");
        await _cache.PutAsync("s", recent);
        _clock.Advance(TimeSpan.FromDays(3));

        Assert.Null(await _cache.GetAsync("s", old.Url));
        Assert.Equal(1, await _cache.EvictAsync());
        Assert.NotNull(await _cache.GetAsync("s", recent.Url));
        var names = new List<string>();
        await foreach (var blob in new BlobServiceClient(_azurite.ConnectionString).GetBlobContainerClient("hubcrawler-cache").GetBlobsAsync())
            names.Add(blob.Name);
        Assert.Single(names);
    }

    [Fact]
    public async Task An_unreachable_store_reads_as_a_miss_and_does_not_throw()
    {
        var down = Create($"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:{FreePort.Next()}/devstoreaccount1;",
            new BlobClientOptions { Retry = { MaxRetries = 0 } });
        var document = Document("paper/z", "{}");
        await down.PutAsync("s", document);
        Assert.Null(await down.GetAsync("s", document.Url));
    }
}

using HubCrawler.Sources;
using HubCrawler.Sources.Fetching;
using HubCrawler.Sources.Hubs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HubCrawler.Tests.Sources;

/// <summary>The Semantic Scholar adapter and the fetch pipeline over real HTTP against the simulator,
/// one error shape at a time.</summary>
public sealed class SemanticScholarSourceTests : IAsyncLifetime
{
    private SimulatorServer _simulator = null!;
    private SyntheticGraph Graph => _simulator.Graph;

    // The simulator logs its requests on this clock; the tests of pauses run the source on it too and advance it.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    public async Task InitializeAsync() =>
        _simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 300, Seed = 5, HeavyPaperCitations = 1500 }), new SimulatorFaults(_clock));

    private readonly List<SemanticScholarBatcher> _batchers = [];

    public async Task DisposeAsync()
    {
        foreach (var batcher in _batchers) batcher.Dispose();
        await _simulator.DisposeAsync();
    }

    private (SemanticScholarSource Source, FetchPipeline Pipeline) Create(
        int maxAttempts = 3, string? apiKey = null, int pageSize = 100, string backoff = "00:00:00.010", string throttleBase = "00:01:00", TimeProvider? clock = null)
    {
        var time = clock ?? TimeProvider.System;
        var fetch = new FetchOptions
        {
            MaxAttempts = maxAttempts,
            BackoffBase = TimeSpan.Parse(backoff),
            BackoffMax = TimeSpan.FromSeconds(1),
            RequestTimeout = TimeSpan.FromSeconds(2),
            UserAgent = "HubCrawler-Tests/1.0 (+adapter)",
            Throttle = new ThrottleOptions { Base = TimeSpan.Parse(throttleBase), Jitter = 0 },
        };
        var (pipeline, _, fetcher) = TestFetching.Create(fetch, time);
        var options = Options.Create(new SemanticScholarOptions
        {
            BaseUrl = _simulator.SemanticScholarBaseUrl,
            ApiKey = apiKey,
            MaxConcurrency = 8,
            RequestsPerSecond = 0,
            PageSize = pageSize,
        });
        var batcher = new SemanticScholarBatcher(pipeline, options, time, NullLogger<SemanticScholarBatcher>.Instance);
        _batchers.Add(batcher);
        var source = new SemanticScholarSource(fetcher, batcher, pipeline.Admit(SemanticScholarOptions.Section, options), time);
        return (source, pipeline);
    }

    [Fact]
    public async Task Reads_a_paper_with_its_metadata_and_identifies_itself()
    {
        var paper = Graph.Papers[10];
        var (source, _) = Create();
        var result = await source.GetPaperAsync(PaperIdentifier.Parse("DOI:" + paper.Doi));

        Assert.True(result.IsSuccess, result.Message);
        var metadata = result.Value!;
        Assert.Equal(paper.PaperId, metadata.PaperId);
        Assert.Equal(paper.Title, metadata.Title);
        Assert.Equal(paper.Abstract, metadata.Abstract);
        Assert.Equal(paper.Venue, metadata.Venue);
        Assert.Equal(paper.CitationCount, metadata.CitationCount);
        Assert.Equal(paper.CorpusId.ToString(), metadata.ExternalIds["CorpusId"]);
        Assert.Equal(1, result.Requests);
        var request = Assert.Single(_simulator.RequestLog.Snapshot());
        Assert.Equal("HubCrawler-Tests/1.0 (+adapter)", request.UserAgent);
        Assert.Null(request.ApiKey);
    }

    [Fact]
    public async Task Pages_through_citations_to_the_end_keeping_unresolved_citers_and_every_intent()
    {
        var heavy = Graph.Papers[Graph.HeavyPaperIndex!.Value];
        var expected = Graph.CitationsOf(heavy.Index);
        var (source, _) = Create(pageSize: 250);

        var result = await source.GetCitationsAsync(heavy.PaperId);

        Assert.True(result.IsSuccess, result.Message);
        var edges = result.Value!;
        Assert.Equal(expected.Count, edges.Count);
        Assert.Equal((int)Math.Ceiling(expected.Count / 250.0), result.Requests);
        Assert.Equal(expected.Count(c => c.CitingIndex is null), edges.Count(e => e.CitingPaperId is null));
        Assert.All(edges.Where(e => e.CitingPaperId is null), e => Assert.False(string.IsNullOrEmpty(e.Title)));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Intents, edges[i].Intents);
            Assert.Equal(IntentRoles.RoleOf(expected[i].Intents), edges[i].Role);
            Assert.Equal(expected[i].Contexts, edges[i].Contexts);
            Assert.Equal(expected[i].IsInfluential, edges[i].IsInfluential);
        }
        Assert.Contains(edges, e => e.Intents.Count > 1);
        Assert.Contains(edges, e => e.Contexts.Count == 0);
        Assert.Contains(edges, e => e.Role == CitationRole.Unclassified);
    }

    [Fact]
    public async Task An_unknown_paper_is_not_found_with_the_sources_message()
    {
        var (source, _) = Create();
        var result = await source.GetPaperAsync(PaperIdentifier.Parse("arXiv:9999.99999"));
        Assert.Equal(SourceErrorKind.NotFound, result.Error);
        Assert.Equal("not-found", result.Reason);
        Assert.Contains("Paper with id arXiv:9999.99999 not found", result.Message);
        Assert.Equal(1, result.Requests);
    }

    [Fact]
    public async Task A_rejected_request_is_not_retried_and_an_api_key_is_sent()
    {
        _simulator.Faults.RequiredApiKey = "secret-key";
        var (withoutKey, _) = Create();
        var rejected = await withoutKey.GetPaperAsync(PaperIdentifier.Parse(Graph.Papers[1].PaperId));
        Assert.Equal(SourceErrorKind.Rejected, rejected.Error);
        Assert.Equal(1, rejected.Requests);

        var (withKey, _) = Create(apiKey: "secret-key");
        var accepted = await withKey.GetPaperAsync(PaperIdentifier.Parse(Graph.Papers[1].PaperId));
        Assert.True(accepted.IsSuccess, accepted.Message);
        Assert.Equal("secret-key", _simulator.RequestLog.Snapshot()[^1].ApiKey);
    }

    [Fact]
    public async Task A_429_pauses_the_host_for_its_Retry_After_and_the_paper_is_throttled_not_failed()
    {
        _simulator.Faults.TooManyRequestsRate = 1.0;
        // Longer than the 2 s a fetch waits out by itself (ThrottleOptions.WaitInline).
        _simulator.Faults.RetryAfterSeconds = 3;
        var (source, _) = Create(maxAttempts: 3, clock: _clock);
        var id = PaperIdentifier.Parse(Graph.Papers[2].PaperId);

        var before = _clock.GetUtcNow();
        var result = await source.GetPaperAsync(id);
        Assert.Equal(SourceErrorKind.Throttled, result.Error);
        Assert.Equal("throttled", result.Reason);
        Assert.Contains("429 with Retry-After 3 s", result.Message);
        Assert.Equal(new Uri(_simulator.SemanticScholarBaseUrl).Authority, result.Wait!.Host);
        Assert.InRange(result.Wait.Until, before.AddMilliseconds(2900), DateTimeOffset.UtcNow.AddSeconds(3.1));
        // No retry inside the fetch: the paper goes back to its crawl to wait.
        Assert.Single(_simulator.RequestLog.Snapshot());

        // While the host is paused, nothing is sent.
        var held = await source.GetPaperAsync(id);
        Assert.Equal(SourceErrorKind.Throttled, held.Error);
        Assert.Equal(0, held.Requests);
        Assert.Single(_simulator.RequestLog.Snapshot());

        _simulator.Faults.TooManyRequestsRate = 0;
        _clock.SetUtcNow(result.Wait.Until);
        var after = await source.GetPaperAsync(id);
        Assert.True(after.IsSuccess, after.Message);
        var requests = _simulator.RequestLog.Snapshot();
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].Timestamp - requests[0].Timestamp >= TimeSpan.FromMilliseconds(2950));
    }

    [Fact]
    public async Task A_429_without_Retry_After_pauses_the_host_for_the_configured_base_then_one_probe_goes_first()
    {
        _simulator.Faults.TooManyRequestsRate = 1.0;
        var (source, pipeline) = Create(maxAttempts: 3, throttleBase: "00:00:03", clock: _clock);
        var host = new Uri(_simulator.SemanticScholarBaseUrl).Authority;
        var ids = Enumerable.Range(20, 8).Select(i => PaperIdentifier.Parse(Graph.Papers[i].PaperId)).ToList();

        var first = await source.GetPaperAsync(ids[0]);
        Assert.Equal(SourceErrorKind.Throttled, first.Error);
        Assert.Contains("429 without Retry-After", first.Message);
        Assert.Single(_simulator.RequestLog.Snapshot());

        // The pause is over but the source still throttles: of eight papers asking at once, one probe goes out.
        _clock.SetUtcNow(first.Wait!.Until);
        var asking = Task.WhenAll(ids.Select(id => source.GetPaperAsync(id)));
        // The seven others wait a probe wait (1 s, within what a fetch waits out itself) to ask again; once the probe
        // has been throttled, that second passes and they find the host paused again.
        await Eventually.Until(() => pipeline.BlockedUntil(host) > first.Wait.Until, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(5));
        _clock.Advance(new ThrottleOptions().ProbeWait);
        var results = await asking;
        Assert.All(results, r => Assert.Equal(SourceErrorKind.Throttled, r.Error));
        Assert.Equal(2, _simulator.RequestLog.Snapshot().Count);
        // The probe was throttled again, so the next pause is twice as long.
        var second = results.Select(r => r.Wait!.Until).Max();
        Assert.True(second - first.Wait.Until >= TimeSpan.FromSeconds(5), $"second pause ends {second - first.Wait.Until} after the first");
    }

    [Fact]
    public async Task Transient_server_errors_are_retried_with_backoff_until_they_pass()
    {
        var (source, _) = Create(maxAttempts: 6, backoff: "00:00:00.100");
        _simulator.Faults.ServerErrorRate = 1.0;
        var fetch = source.GetPaperAsync(PaperIdentifier.Parse(Graph.Papers[3].PaperId));
        // Heal the source once it has failed a request, however long the first request took to go out.
        await Eventually.Until(() => _simulator.RequestLog.Snapshot().Count != 0, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(10));
        _simulator.Faults.ServerErrorRate = 0;
        var result = await fetch;

        Assert.True(result.IsSuccess, result.Message);
        var requests = _simulator.RequestLog.Snapshot();
        Assert.True(requests.Count >= 2);
        Assert.Equal(200, requests[^1].Status);
        Assert.All(requests.SkipLast(1), r => Assert.True(r.Status >= 500));
    }

    [Fact]
    public async Task A_gateway_timeout_on_a_large_page_shrinks_the_page()
    {
        var heavy = Graph.Papers[Graph.HeavyPaperIndex!.Value];
        _simulator.Faults.GatewayTimeoutAboveLimit = 200;
        var (source, _) = Create(pageSize: 500);

        var result = await source.GetCitationsAsync(heavy.PaperId);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(Graph.CitationsOf(heavy.Index).Count, result.Value!.Count);
        var statuses = _simulator.RequestLog.Snapshot().Select(r => r.Status).ToList();
        Assert.Equal([504, 504], statuses.Take(2));
        Assert.All(statuses.Skip(2), s => Assert.Equal(200, s));
    }

    [Fact]
    public async Task A_truncated_body_is_read_again_then_reported_as_malformed()
    {
        _simulator.Faults.MalformedRate = 1.0;
        var (source, _) = Create();
        var result = await source.GetPaperAsync(PaperIdentifier.Parse(Graph.Papers[4].PaperId));
        Assert.Equal(SourceErrorKind.Malformed, result.Error);
        Assert.Contains("invalid JSON", result.Message);
        Assert.Equal(3, result.Requests);
    }

    [Fact]
    public async Task A_source_that_stops_answering_times_out_and_says_so()
    {
        _simulator.Faults.LatencyMs = 5_000;
        var (source, _) = Create(maxAttempts: 2);
        var result = await source.GetPaperAsync(PaperIdentifier.Parse(Graph.Papers[5].PaperId));
        Assert.Equal(SourceErrorKind.Unavailable, result.Error);
        Assert.Contains("timed out", result.Message);
    }

    [Fact]
    public async Task The_pipeline_refuses_any_host_that_is_not_a_configured_source()
    {
        var (_, pipeline) = Create();
        var other = new Uri(_simulator.Root, "/graph/v1/paper/x").ToString().Replace("127.0.0.1", "localhost");
        await Assert.ThrowsAsync<ForbiddenHostException>(() => pipeline.GetAsync(new FetchRequest(new Uri(other))));
        await Assert.ThrowsAsync<ForbiddenHostException>(() => pipeline.GetAsync(new FetchRequest(new Uri("http://169.254.169.254/latest/meta-data"))));
        Assert.Equal(0, _simulator.RequestLog.Count);
    }
}

using HubCrawler.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HubCrawler.Tests.Sources;

/// <summary>The per-silo batcher of Semantic Scholar metadata reads, over real HTTP: against the simulator, and
/// against a stub of the batch endpoint where the simulator has no such answer (the 10 MB refusal).</summary>
public sealed class SemanticScholarBatcherTests : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = [];
    private SimulatorServer _simulator = null!;
    private SyntheticGraph Graph => _simulator.Graph;

    public async Task InitializeAsync() =>
        _simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 1300, Seed = 9, HeavyPaperCitations = 0 }));

    public async Task DisposeAsync()
    {
        foreach (var owned in _owned) owned.Dispose();
        await _simulator.DisposeAsync();
    }

    private SemanticScholarBatcher Batcher(string? baseUrl = null, TimeSpan? window = null, int maxAttempts = 3)
    {
        var pipeline = TestFetching.Create(TestFetching.Options("batcher", maxAttempts)).Pipeline;
        var batcher = new SemanticScholarBatcher(pipeline, pipeline.Admit(SemanticScholarOptions.Section, Options.Create(new SemanticScholarOptions
        {
            BaseUrl = baseUrl ?? _simulator.SemanticScholarBaseUrl,
            MaxConcurrency = 8,
            RequestsPerSecond = 0,
            BatchWindow = window ?? TimeSpan.FromMilliseconds(300),
        })), TimeProvider.System, NullLogger<SemanticScholarBatcher>.Instance);
        _owned.Add(batcher);
        _owned.Add(pipeline);
        return batcher;
    }

    private static string HexId(int i) => i.ToString("x40");

    [Fact]
    public async Task Concurrent_reads_become_one_POST_answered_in_order_with_not_found_only_for_the_unknown_ids()
    {
        var batcher = Batcher();
        var unknown = new[] { new string('f', 40), new string('e', 40) };
        Assert.All(unknown, id => Assert.Null(Graph.Find(id)));
        var ids = Graph.Papers.Take(40).Select(p => p.PaperId).ToList();
        ids.Insert(7, unknown[0]);
        ids.Insert(30, unknown[1]);

        var results = await Task.WhenAll(ids.Select(id => batcher.GetAsync(PaperIdentifier.Parse(id), urgent: false)));

        var request = Assert.Single(_simulator.RequestLog.Snapshot());
        Assert.Equal("POST", request.Method);
        Assert.Equal(SimRequestKinds.Batch, request.Kind);
        Assert.Equal(200, request.Status);
        Assert.Contains("fields=paperId,externalIds", request.Query);
        Assert.Equal("HubCrawler-Tests/1.0 (+batcher)", request.UserAgent);
        for (var i = 0; i < ids.Count; i++)
        {
            if (unknown.Contains(ids[i]))
            {
                Assert.Equal(SourceErrorKind.NotFound, results[i].Error);
                Assert.Equal($"Semantic Scholar has no paper {ids[i]} (not found)", results[i].Message);
                continue;
            }
            Assert.True(results[i].IsSuccess, results[i].Message);
            var paper = Graph.Find(ids[i])!;
            Assert.Equal(paper.PaperId, results[i].Value!.PaperId);
            Assert.Equal(paper.Title, results[i].Value!.Title);
            Assert.Equal(paper.CitationCount, results[i].Value!.CitationCount);
        }
        // The one request is counted once, by the first caller; everyone else shared it.
        Assert.Equal(1, results.Sum(r => r.Requests));
        Assert.Equal(1, results[0].Requests);
        Assert.Equal(1, results[0].RequestsByKind["semanticscholar/batch"]);
        Assert.All(results.Skip(1), r => Assert.True(r.Shared));
    }

    [Fact]
    public async Task Duplicate_ids_in_one_window_are_asked_once_and_every_caller_is_answered()
    {
        await using var stub = new BatchEndpointStub();
        var batcher = Batcher(stub.BaseUrl);
        string[] ids = [HexId(1), HexId(2), HexId(1), HexId(3), HexId(1), HexId(2)];

        var results = await Task.WhenAll(ids.Select(id => batcher.GetAsync(PaperIdentifier.Parse(id), urgent: false)));

        var asked = Assert.Single(stub.Requests);
        Assert.Equal([HexId(1), HexId(2), HexId(3)], asked);
        for (var i = 0; i < ids.Length; i++) Assert.Equal(ids[i], results[i].Value!.PaperId);
        Assert.Equal(1, results.Sum(r => r.Requests));
    }

    [Fact]
    public async Task More_callers_than_a_batch_holds_go_out_in_batches_of_at_most_500()
    {
        var batcher = Batcher();
        var ids = Graph.Papers.Take(1200).Select(p => p.PaperId).ToList();

        var results = await Task.WhenAll(ids.Select(id => batcher.GetAsync(PaperIdentifier.Parse(id), urgent: false)));

        // The simulator refuses more than 500 ids with 400, so every answer shows its batch held at most 500.
        Assert.All(results, r => Assert.True(r.IsSuccess, r.Message));
        Assert.All(ids.Zip(results), p => Assert.Equal(p.First, p.Second.Value!.PaperId));
        var requests = _simulator.RequestLog.Snapshot();
        Assert.All(requests, r => Assert.Equal(200, r.Status));
        Assert.InRange(requests.Count, 3, 4);
        Assert.Equal(requests.Count, results.Sum(r => r.Requests));
    }

    [Fact]
    public async Task A_batch_refused_as_too_large_is_split_in_halves_until_every_half_is_answered()
    {
        await using var stub = new BatchEndpointStub { MaxIdsPerAnswer = 3 };
        var batcher = Batcher(stub.BaseUrl);
        var ids = Enumerable.Range(100, 8).Select(HexId).ToList();
        stub.Unknown[ids[5]] = true;

        var results = await Task.WhenAll(ids.Select(id => batcher.GetAsync(PaperIdentifier.Parse(id), urgent: false)));

        // 8 → refused; 4 + 4 → refused; 2 + 2 + 2 + 2 → answered.
        var sizes = stub.Requests.Select(r => r.Count).Order().ToList();
        Assert.Equal([2, 2, 2, 2, 4, 4, 8], sizes);
        Assert.Equal(ids.Order(), stub.Requests.Where(r => r.Count <= 3).SelectMany(r => r).Order());
        for (var i = 0; i < ids.Count; i++)
        {
            if (i == 5) Assert.Equal(SourceErrorKind.NotFound, results[i].Error);
            else Assert.Equal(ids[i], results[i].Value!.PaperId);
        }
        Assert.Equal(stub.Requests.Count, results.Sum(r => r.Requests));
        Assert.All(stub.Queries, q => Assert.Contains("fields=", q));
    }

    [Fact]
    public async Task The_simulators_too_large_answer_splits_the_batch_too()
    {
        var batcher = Batcher();
        var ids = Graph.Papers.Skip(300).Take(40).Select(p => p.PaperId).ToList();
        // About ten papers' metadata fit; forty do not.
        _simulator.Faults.BatchMaxResponseBytes = 10 * (int)(_simulator.Graph.Papers[300].Abstract.Length * 1.5 + 1500);

        var results = await Task.WhenAll(ids.Select(id => batcher.GetAsync(PaperIdentifier.Parse(id), urgent: false)));

        Assert.All(ids.Zip(results), p => Assert.Equal(p.First, p.Second.Value?.PaperId));
        var requests = _simulator.RequestLog.Snapshot();
        Assert.Contains(requests, r => r.Status == 400);
        Assert.Contains(requests, r => r.Status == 200);
        Assert.All(requests, r => Assert.Contains(r.Status, new[] { 200, 400 }));
        Assert.Equal(requests.Count, results.Sum(r => r.Requests));
    }

    [Fact]
    public async Task A_throttled_batch_fails_every_caller_with_the_sources_message()
    {
        var batcher = Batcher(maxAttempts: 2);
        _simulator.Faults.TooManyRequestsRate = 1.0;
        var ids = Graph.Papers.Skip(50).Take(12).Select(p => p.PaperId).ToList();

        var results = await Task.WhenAll(ids.Select(id => batcher.GetAsync(PaperIdentifier.Parse(id), urgent: false)));

        // The same mapping as every other Semantic Scholar request: a 429 makes the host wait, and each paper of the batch waits for it.
        Assert.All(results, r =>
        {
            Assert.Equal(SourceErrorKind.Throttled, r.Error);
            Assert.Contains("(429 without Retry-After)", r.Message);
            Assert.Contains("(in a batch of 12)", r.Message);
            Assert.NotNull(r.Wait);
        });
        Assert.All(ids.Zip(results), p => Assert.Contains($"paper {p.First} ", p.Second.Message));
        var request = Assert.Single(_simulator.RequestLog.Snapshot());
        Assert.Equal(429, request.Status);
        Assert.Equal(1, results.Sum(r => r.Requests));
    }

    [Fact]
    public async Task A_paper_whose_id_fails_its_batch_fails_alone()
    {
        var batcher = Batcher(maxAttempts: 2);
        var ids = Graph.Papers.Skip(100).Take(16).Select(p => p.PaperId).ToList();
        _simulator.Faults.FailingPaperIds.Add(ids[9]);

        var results = await Task.WhenAll(ids.Select(id => batcher.GetAsync(PaperIdentifier.Parse(id), urgent: false)));

        Assert.Equal(SourceErrorKind.Unavailable, results[9].Error);
        Assert.Contains("500", results[9].Message);
        Assert.All(results.Where((_, i) => i != 9), r => Assert.True(r.IsSuccess, r.Message));
        Assert.Equal(_simulator.RequestLog.Count, results.Sum(r => r.Requests));
    }

    [Fact]
    public async Task An_urgent_read_goes_at_once_and_the_next_batch_fills_while_one_is_in_flight()
    {
        var batcher = Batcher(window: TimeSpan.FromSeconds(20));
        var started = DateTime.UtcNow;
        var urgent = await batcher.GetAsync(PaperIdentifier.Parse(Graph.Papers[200].PaperId), urgent: true);
        Assert.True(urgent.IsSuccess, urgent.Message);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "an urgent read must not wait for the 20 s window");

        // Group commit: while a slow batch is in flight, others gather and go together when it returns.
        _simulator.RequestLog.Clear();
        _simulator.Faults.LatencyMs = 500;
        var quick = Batcher(window: TimeSpan.FromMilliseconds(20));
        var first = quick.GetAsync(PaperIdentifier.Parse(Graph.Papers[201].PaperId), urgent: false);
        // The first batch has reached the source, which holds it for the latency: it is in flight.
        await Eventually.Until(() => _simulator.RequestLog.Arrived > 0, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(5));
        var rest = Graph.Papers.Skip(202).Take(30).Select(p => quick.GetAsync(PaperIdentifier.Parse(p.PaperId), urgent: false)).ToList();
        var results = await Task.WhenAll(rest.Prepend(first));
        _simulator.Faults.LatencyMs = 0;

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Message));
        Assert.Equal(2, _simulator.RequestLog.Count);
    }
}

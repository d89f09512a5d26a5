using HubCrawler.Sources;
using HubCrawler.Sources.Caching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HubCrawler.Tests.Sources;

/// <summary>What a paper costs Semantic Scholar: metadata in a batch, citation pages only for a cited paper (at
/// once when the parent's listing says it is cited), and a refresh that asks about each page conditionally
/// with the validators the hub kept, without the document cache.</summary>
public sealed class SemanticScholarFetchTests : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = [];
    private SimulatorServer _simulator = null!;
    private MemoryDocumentCache _cache = null!;
    private SyntheticGraph Graph => _simulator.Graph;

    public async Task InitializeAsync() =>
        _simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 400, Seed = 13, HeavyPaperCitations = 2500 }));

    public async Task DisposeAsync()
    {
        foreach (var owned in _owned) owned.Dispose();
        await _simulator.DisposeAsync();
    }

    private SemanticScholarSource Source()
    {
        var (pipeline, cache, fetcher) = TestFetching.Create(TestFetching.Options("fetch"));
        _cache = cache;
        var options = Options.Create(new SemanticScholarOptions
        {
            BaseUrl = _simulator.SemanticScholarBaseUrl,
            MaxConcurrency = 8,
            RequestsPerSecond = 0,
            BatchWindow = TimeSpan.FromMilliseconds(200),
        });
        var batcher = new SemanticScholarBatcher(pipeline, options, TimeProvider.System, NullLogger<SemanticScholarBatcher>.Instance);
        _owned.Add(batcher);
        _owned.Add(pipeline);
        return new SemanticScholarSource(fetcher, batcher, pipeline.Admit(SemanticScholarOptions.Section, options), TimeProvider.System);
    }

    private SimPaper Uncited => Graph.Papers.First(p => p.CitationCount == 0);
    private SimPaper Cited => Graph.Papers.Skip(1).First(p => p.CitationCount is > 5 and < 1000);

    [Fact]
    public async Task A_paper_reported_with_no_citations_costs_no_citations_request_and_says_so()
    {
        var paper = Uncited;
        var result = await Source().FetchAsync(PaperIdentifier.Parse(paper.PaperId), SourceFetch.Default);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Empty(result.Value!.Citations!);
        Assert.Matches(@"^No citations request: Semantic Scholar reported 0 citations on \d{4}-\d\d-\d\dT\d\d:\d\dZ$", result.Value.CitationListNote);
        var request = Assert.Single(_simulator.RequestLog.Snapshot());
        Assert.Equal(SimRequestKinds.Batch, request.Kind);
        Assert.DoesNotContain(_simulator.RequestLog.Snapshot(), r => r.Kind == SimRequestKinds.Citations);
        Assert.Equal(new Dictionary<string, int> { ["semanticscholar/batch"] = 1 }, result.RequestsByKind);
    }

    [Fact]
    public async Task A_cited_paper_reads_its_citation_pages_after_its_metadata_or_with_it_when_its_parent_listed_it_as_cited()
    {
        var source = Source();
        var paper = Cited;
        var unhinted = await source.FetchAsync(PaperIdentifier.Parse(paper.PaperId), SourceFetch.Default);
        Assert.True(unhinted.IsSuccess, unhinted.Message);
        Assert.Equal(paper.CitationCount, unhinted.Value!.Citations!.Count);
        Assert.Null(unhinted.Value.CitationListNote);
        var log = _simulator.RequestLog.Snapshot();
        Assert.Equal([SimRequestKinds.Batch, SimRequestKinds.Citations], log.Select(r => r.Kind));
        // One page of up to 1000, asking for the citing papers' fields but never tldr (the API answers 400 to it in listings).
        Assert.Contains("limit=1000", log[1].Query);
        Assert.Contains("authors", log[1].Query);
        Assert.Contains("publicationDate", log[1].Query);
        Assert.DoesNotContain("tldr", log[1].Query);
        Assert.Equal(1, unhinted.RequestsByKind["semanticscholar/citations"]);

        _simulator.RequestLog.Clear();
        var other = Graph.Papers.Skip(1).Where(p => p.CitationCount is > 5 and < 1000).Skip(1).First();
        var hinted = await source.FetchAsync(PaperIdentifier.Parse(other.PaperId), SourceFetch.Default with { KnownCitationCount = other.CitationCount });
        Assert.True(hinted.IsSuccess, hinted.Message);
        Assert.Equal(other.CitationCount, hinted.Value!.Citations!.Count);
        // The citation page did not wait for the batch window.
        Assert.Equal([SimRequestKinds.Citations, SimRequestKinds.Batch], _simulator.RequestLog.Snapshot().Select(r => r.Kind));
    }

    [Fact]
    public async Task A_refresh_asks_about_each_stored_page_conditionally_and_reads_a_changed_list_again_without_any_cached_document()
    {
        var source = Source();
        var heavy = Graph.Papers[Graph.HeavyPaperIndex!.Value];
        var id = PaperIdentifier.Parse(heavy.PaperId);
        var pages = (heavy.CitationCount + 999) / 1000;
        var first = await source.FetchAsync(id, SourceFetch.Default);
        Assert.True(first.IsSuccess, first.Message);
        var validators = first.Value!.CitationPages;
        Assert.Equal(pages, validators.Count);
        Assert.All(validators, v => Assert.NotNull(v.ETag));
        Assert.All(validators, v => Assert.StartsWith(_simulator.SemanticScholarBaseUrl + $"/paper/{heavy.PaperId}/citations?", v.Url));
        // Nothing went into the document cache.
        Assert.Equal(0, _cache.Bytes);

        _simulator.RequestLog.Clear();
        var unchanged = await source.FetchAsync(id, SourceFetch.Default with { CitationPages = validators });
        Assert.True(unchanged.IsSuccess, unchanged.Message);
        Assert.True(unchanged.Value!.Unchanged);
        Assert.Null(unchanged.Value.Citations);
        Assert.Equal(validators, unchanged.Value.CitationPages);
        var conditional = _simulator.RequestLog.Snapshot().Where(r => r.Kind == SimRequestKinds.Citations).ToList();
        Assert.Equal(pages, conditional.Count);
        Assert.All(conditional, r =>
        {
            Assert.True(r.Conditional);
            Assert.Equal(304, r.Status);
            Assert.Equal(0, r.ResponseBytes);
        });
        Assert.Equal(pages, unchanged.RequestsByKind["semanticscholar/revalidation"]);

        _simulator.Revisions.Revise(heavy.Index);
        _simulator.RequestLog.Clear();
        var changed = await source.FetchAsync(id, SourceFetch.Default with { CitationPages = validators });
        Assert.True(changed.IsSuccess, changed.Message);
        Assert.False(changed.Value!.Unchanged);
        Assert.Equal(heavy.CitationCount, changed.Value.Citations!.Count);
        Assert.EndsWith("(revision 1)", changed.Value.Metadata.Title);
        Assert.NotEqual(validators.Select(v => v.ETag), changed.Value.CitationPages.Select(v => v.ETag));
        // Every page changed and answered 200, and the new walk used those answers: one request per page.
        var log = _simulator.RequestLog.Snapshot();
        Assert.Equal(pages, log.Count(r => r.Kind == SimRequestKinds.Citations));
        Assert.Equal(1 + pages, changed.Requests);
    }
}

using HubCrawler.Sources;
using HubCrawler.Sources.Caching;
using HubCrawler.Sources.Fetching;
using Microsoft.Extensions.Options;
using Sim = HubCrawler.Simulator;

namespace HubCrawler.Tests.Sources;

/// <summary>The OpenAlex, arXiv and hub page adapters over real HTTP against the simulator's forms of one graph.</summary>
public sealed class OtherSourcesTests : IAsyncLifetime
{
    private Sim.SimulatorServer _simulator = null!;
    private Sim.SyntheticGraph Graph => _simulator.Graph;
    private MemoryDocumentCache _cache = null!;

    public async Task InitializeAsync() =>
        _simulator = await Sim.SimulatorServer.StartAsync(Sim.SyntheticGraph.Build(new Sim.SyntheticGraphOptions { Papers = 300, Seed = 9, HeavyPaperCitations = 700 }));

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    private (FetchPipeline Pipeline, CachingFetcher Fetcher) Fetching()
    {
        var fetching = TestFetching.Create(TestFetching.Options("sources"));
        _cache = fetching.Cache;
        return (fetching.Pipeline, fetching.Fetcher);
    }

    private OpenAlexSource OpenAlex(string? apiKey = null)
    {
        var (pipeline, fetcher) = Fetching();
        return new OpenAlexSource(fetcher, pipeline.Admit(OpenAlexOptions.Section, Options.Create(new OpenAlexOptions { BaseUrl = _simulator.OpenAlexBaseUrl, ApiKey = apiKey, RequestsPerSecond = 0, MaxConcurrency = 8 })));
    }

    [Fact]
    public async Task OpenAlex_reads_a_work_by_DOI_and_every_citing_work_through_cursor_pages()
    {
        var paper = Graph.Papers[0];
        var result = await OpenAlex().FetchAsync(PaperIdentifier.Parse("DOI:" + paper.Doi), SourceFetch.Default);

        Assert.True(result.IsSuccess, result.Message);
        var record = result.Value!;
        Assert.Equal("OpenAlex:" + paper.OpenAlexId, record.Metadata.PaperId);
        Assert.Equal(paper.Abstract, record.Metadata.Abstract);
        Assert.Equal("DOI:" + paper.Doi, record.Ids.Key);
        var citers = Graph.CitationsOf(0).Where(c => c.CitingIndex is not null).Select(c => Graph.Papers[c.CitingIndex!.Value]).DistinctBy(p => p.Index).ToList();
        Assert.True(citers.Count > 400, $"the heavy paper should need several pages, has {citers.Count} citers");
        Assert.Equal(citers.Select(p => "DOI:" + p.Doi), record.Citations!.Select(c => c.CitingPaperId));
        Assert.All(record.Citations!, c => Assert.Empty(c.Contexts));
        // per-page is OpenAlex's documented maximum, 100 (200 is deprecated).
        var pages = (citers.Count + OpenAlexOptions.MaxPageSize - 1) / OpenAlexOptions.MaxPageSize;
        Assert.Equal(1 + pages, result.Requests);
        Assert.Equal(1, result.RequestsByKind["openalex/metadata"]);
        Assert.Equal(pages, result.RequestsByKind["openalex/citations"]);
        Assert.All(_simulator.RequestLog.Snapshot().Where(r => r.Query.Contains("filter=cites")), r => Assert.Contains("per-page=100", r.Query));
    }

    [Fact]
    public async Task OpenAlex_sends_its_api_key_in_the_query_but_never_keys_the_cache_with_it()
    {
        _simulator.Faults.RequiredApiKey = "sekrit";
        var paper = Graph.Papers[3];

        var without = await OpenAlex().IdentifyAsync(PaperIdentifier.Parse("OpenAlex:" + paper.OpenAlexId));
        Assert.Equal(SourceErrorKind.Rejected, without.Error);
        Assert.Contains("403", without.Message);

        var with = await OpenAlex("sekrit").IdentifyAsync(PaperIdentifier.Parse("OpenAlex:" + paper.OpenAlexId));
        Assert.True(with.IsSuccess, with.Message);
        var cached = await _cache.GetAsync(OpenAlexSource.Name, new Uri($"{_simulator.OpenAlexBaseUrl}/works/{paper.OpenAlexId}"));
        Assert.NotNull(cached);
        Assert.DoesNotContain("sekrit", cached.Url.ToString());
    }

    [Fact]
    public async Task OpenAlex_says_which_work_it_does_not_know()
    {
        var result = await OpenAlex().FetchAsync(PaperIdentifier.Parse("OpenAlex:W99"), SourceFetch.Default);
        Assert.Equal(SourceErrorKind.NotFound, result.Error);
        Assert.Contains("OpenAlex has no work OpenAlex:W99", result.Message);
    }

    [Fact]
    public async Task ArXiv_reads_the_abs_page_meta_tags()
    {
        var paper = Graph.Papers[17];
        var (pipeline, fetcher) = Fetching();
        var source = new ArxivSource(fetcher, pipeline.Admit(ArxivOptions.Section, Options.Create(new ArxivOptions { BaseUrl = _simulator.ArxivBaseUrl, RequestsPerSecond = 0 })));

        var result = await source.FetchAsync(PaperIdentifier.Parse("arXiv:" + paper.ArxivId), SourceFetch.Default);

        Assert.True(result.IsSuccess, result.Message);
        var metadata = result.Value!.Metadata;
        Assert.Equal((paper.Title, paper.Abstract, paper.Year, paper.PublicationDate), (metadata.Title, metadata.Abstract, metadata.Year, metadata.PublicationDate));
        Assert.Equal(paper.Authors.Select(a => a.Name), metadata.Authors);
        Assert.Equal(paper.Doi, result.Value.Ids[PaperIdScheme.Doi]!.Value);
        Assert.Null(result.Value.Citations);
    }

    [Fact]
    public async Task An_abs_page_cut_in_half_still_gives_its_meta_tags_because_they_are_all_in_the_head()
    {
        var paper = Graph.Papers[18];
        var (pipeline, fetcher) = Fetching();
        var source = new ArxivSource(fetcher, pipeline.Admit(ArxivOptions.Section, Options.Create(new ArxivOptions { BaseUrl = _simulator.ArxivBaseUrl, RequestsPerSecond = 0 })));
        _simulator.Faults.MalformedRate = 1.0;
        var result = await source.FetchAsync(PaperIdentifier.Parse("arXiv:" + paper.ArxivId), SourceFetch.Default);
        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal((paper.Title, paper.Abstract), (result.Value!.Metadata.Title, result.Value.Metadata.Abstract));
    }

    [Fact]
    public async Task A_hub_page_cut_in_half_is_read_again_then_recorded_as_malformed_saying_what_is_missing()
    {
        var (pipeline, fetcher) = Fetching();
        var source = new HubPageSource(fetcher, pipeline.Admit(HubPageOptions.Section, Options.Create(new HubPageOptions { BaseUrl = _simulator.HubBaseUrl, RequestsPerSecond = 0 })));
        _simulator.Faults.MalformedRate = 1.0;
        var result = await source.FetchAsync(PaperIdentifier.Parse(Graph.Papers[20].PaperId), SourceFetch.Default);
        Assert.Equal(SourceErrorKind.Malformed, result.Error);
        Assert.Equal(3, result.Requests);
        Assert.Matches("^Hub page hub page of [0-9a-f]{40} at offset 0: the (hub page has no citing-papers explorer|explorer lists [0-9]+ citing papers where this page should hold [0-9]+)", result.Message);
    }

    [Fact]
    public async Task The_hub_page_source_pages_through_the_explorer_and_reads_every_citing_paper()
    {
        var paper = Graph.Papers[0];
        var (pipeline, fetcher) = Fetching();
        var source = new HubPageSource(fetcher, pipeline.Admit(HubPageOptions.Section, Options.Create(new HubPageOptions { BaseUrl = _simulator.HubBaseUrl, RequestsPerSecond = 0, PageSize = 100 })));

        var result = await source.FetchAsync(PaperIdentifier.Parse("DOI:" + paper.Doi), SourceFetch.Default);

        Assert.True(result.IsSuccess, result.Message);
        var record = result.Value!;
        Assert.Equal(paper.PaperId, record.Metadata.PaperId);
        Assert.Equal(paper.OpenAlexId, record.Ids[PaperIdScheme.OpenAlex]!.Value);
        var expected = Graph.CitationsOf(0).Where(c => c.CitingIndex != 0).ToList();
        Assert.Equal(expected.Count, record.Citations!.Count);
        Assert.Equal(expected.Select(c => c.CitingIndex is { } i ? Graph.Papers[i].PaperId : null), record.Citations!.Select(c => c.CitingPaperId));
        Assert.Equal(expected.Select(c => c.Contexts.Length), record.Citations!.Select(c => c.Contexts.Count));
        Assert.Equal((expected.Count + 99) / 100, result.Requests);
    }
}

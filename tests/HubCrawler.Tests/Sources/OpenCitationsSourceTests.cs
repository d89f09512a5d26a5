using HubCrawler.Grains;
using HubCrawler.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sim = HubCrawler.Simulator;

namespace HubCrawler.Tests.Sources;

/// <summary>The OpenCitations adapter over real HTTP against the simulator's Index API v2.</summary>
public sealed class OpenCitationsSourceTests : IAsyncLifetime
{
    private Sim.SimulatorServer _simulator = null!;
    private Sim.SyntheticGraph Graph => _simulator.Graph;

    public async Task InitializeAsync() =>
        _simulator = await Sim.SimulatorServer.StartAsync(Sim.SyntheticGraph.Build(new Sim.SyntheticGraphOptions { Papers = 300, Seed = 23, HeavyPaperCitations = 600, PreprintOnlyRate = 0.2 }));

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    private OpenCitationsSource Source(string? token = null, int rowLimit = 50_000)
    {
        var (pipeline, _, fetcher) = TestFetching.Create(TestFetching.Options("opencitations", maxAttempts: 3));
        return new OpenCitationsSource(fetcher, pipeline.Admit(OpenCitationsOptions.Section, Options.Create(new OpenCitationsOptions
        {
            BaseUrl = _simulator.OpenCitationsBaseUrl, AccessToken = token, RequestsPerSecond = 0, MaxConcurrency = 4, RowLimit = rowLimit,
        })));
    }

    private List<Sim.SimPaper> IndexedCitersOf(Sim.SimPaper paper) => Graph.CitationsOf(paper.Index)
        .Where(c => c.CitingIndex is not null).Select(c => Graph.Papers[c.CitingIndex!.Value]).DistinctBy(p => p.Index).Where(p => p.HasJournalDoi).ToList();

    [Fact]
    public async Task Fetch_ListsCitationsKeyedByTheCitersDoi_WithTheirPmids_InOneRequest()
    {
        var paper = Graph.Papers.First(p => p.HasJournalDoi && p.Pmid is not null && IndexedCitersOf(p).Count(c => c.Pmid is not null) >= 2);
        var citers = IndexedCitersOf(paper);

        var result = await Source().FetchAsync(PaperIdentifier.Parse("DOI:" + paper.Doi), SourceFetch.Default);

        Assert.True(result.IsSuccess, result.Message);
        var record = result.Value!;
        Assert.Equal(1, result.Requests);
        Assert.Equal(1, result.RequestsByKind["opencitations/citations"]);
        Assert.Equal(citers.Select(p => "DOI:" + p.Doi), record.Citations!.Select(c => c.CitingPaperId));
        Assert.All(record.Citations!, c => Assert.Equal(["opencitations"], c.Sources));
        var withPmid = citers.First(p => p.Pmid is not null);
        var edge = record.Citations!.Single(c => c.CitingPaperId == "DOI:" + withPmid.Doi);
        Assert.Equal(withPmid.Pmid!.Value.ToString(), edge.CitingExternalIds["PubMed"]);
        Assert.Equal(withPmid.Doi, edge.CitingExternalIds["DOI"]);
        Assert.Equal(withPmid.Year, edge.Year);
        Assert.Null(edge.Title);
        Assert.Empty(edge.Intents);
        // Unpaged: the count is the list's length, without a /citation-count request.
        Assert.Equal(citers.Count, record.ReportedCitations);
        Assert.Null(record.CitationListNote);
        Assert.Null(record.References);
        Assert.DoesNotContain(_simulator.RequestLog.Snapshot(), r => r.Kind == Sim.SimRequestKinds.OpenCitationsCount);
        // Metadata carries only the ids; the rows named this paper's PMID too.
        Assert.Equal("DOI:" + paper.Doi, record.Metadata.PaperId);
        Assert.Null(record.Metadata.Title);
        Assert.Equal(paper.Pmid!.Value.ToString(), record.Ids[PaperIdScheme.PubMed]!.Value);
    }

    [Fact]
    public async Task Fetch_WithReferences_ReadsThePapersItCites_AsEdgesToTheCitedPaper()
    {
        var paper = Graph.Papers.First(p => p.HasJournalDoi && Graph.CitedPapersOf(p.Index).Count(i => Graph.Papers[i].HasJournalDoi) >= 2);
        var cited = Graph.CitedPapersOf(paper.Index).Select(i => Graph.Papers[i]).Where(p => p.HasJournalDoi).ToList();

        var result = await Source().FetchAsync(PaperIdentifier.Parse("DOI:" + paper.Doi), SourceFetch.Default with { Lists = EdgeDirection.Both });

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(2, result.Requests);
        Assert.Equal(1, result.RequestsByKind["opencitations/references"]);
        Assert.Equal(cited.Select(p => "DOI:" + p.Doi), result.Value!.References!.Select(r => r.CitingPaperId));
        Assert.Equal(cited.Count, result.Value.ReportedReferences);
        Assert.NotNull(result.Value.Citations);

        var referencesOnly = await Source().FetchAsync(PaperIdentifier.Parse("DOI:" + paper.Doi), SourceFetch.Default with { Lists = EdgeDirection.References });
        Assert.Null(referencesOnly.Value!.Citations);
        Assert.Equal(1, referencesOnly.Requests);
    }

    [Fact]
    public async Task Fetch_ByPmid_WhenThePaperHasNoDoi_Known()
    {
        var paper = Graph.Papers.First(p => p.HasJournalDoi && p.Pmid is not null && IndexedCitersOf(p).Count > 0);
        var source = Source();
        var pmid = new PaperIdSet(PaperIdentifier.Parse($"PMID:{paper.Pmid}"));

        Assert.Equal(PaperIdScheme.PubMed, source.LookupId(pmid)!.Scheme);
        Assert.Equal(PaperIdScheme.Doi, source.LookupId(new PaperIdSet(PaperIdentifier.Parse($"PMID:{paper.Pmid}"), PaperIdentifier.Parse("DOI:" + paper.Doi)))!.Scheme);
        Assert.Null(source.LookupId(new PaperIdSet(PaperIdentifier.Parse("arXiv:" + paper.ArxivId))));

        var result = await source.FetchAsync(source.LookupId(pmid)!, SourceFetch.Default);
        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(IndexedCitersOf(paper).Select(p => "DOI:" + p.Doi), result.Value!.Citations!.Select(c => c.CitingPaperId));
        Assert.Equal(paper.Doi, result.Value.Ids[PaperIdScheme.Doi]!.Value);
    }

    [Fact]
    public async Task Fetch_AnEmptyAnswer_IsNotedAsNotIndexed_NotReportedAsZero()
    {
        var preprint = Graph.Papers.First(p => !p.HasJournalDoi && Graph.CitationsOf(p.Index).Any(c => c.CitingIndex is not null));

        var result = await Source().FetchAsync(PaperIdentifier.Parse("DOI:" + preprint.Doi), SourceFetch.Default);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Empty(result.Value!.Citations!);
        Assert.Null(result.Value.ReportedCitations);
        Assert.Equal(OpenCitationsSource.NotIndexedNote, result.Value.CitationListNote);
    }

    [Fact]
    public async Task Fetch_AListAtTheRowLimit_SaysItMayHaveBeenCut()
    {
        var paper = Graph.Papers.First(p => p.HasJournalDoi && IndexedCitersOf(p).Count > 3);
        _simulator.Faults.OpenCitationsRowLimit = 3;

        var result = await Source(rowLimit: 3).FetchAsync(PaperIdentifier.Parse("DOI:" + paper.Doi), SourceFetch.Default);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(3, result.Value!.Citations!.Count);
        Assert.Equal("opencitations: the list reached its limit of 3 rows", result.Value.CitationsStoppedEarly);
    }

    [Fact]
    public async Task Fetch_ACiterNamedByTwoDois_IsKeyedByTheFirst()
    {
        var paper = Graph.Papers.First(p => p.HasJournalDoi && IndexedCitersOf(p).Any(c => c.Index % 5 == 0));
        var twoDois = IndexedCitersOf(paper).First(c => c.Index % 5 == 0);

        var result = await Source().FetchAsync(PaperIdentifier.Parse("DOI:" + paper.Doi), SourceFetch.Default);

        Assert.True(result.IsSuccess, result.Message);
        var edge = result.Value!.Citations!.Single(c => c.CitingExternalIds["DOI"] == twoDois.Doi);
        Assert.Equal("DOI:" + twoDois.Doi, edge.CitingPaperId);
    }

    [Fact]
    public async Task Identify_SaysItCannot_WithoutARequest_AsNotFoundSoOthersAreAsked()
    {
        var before = _simulator.RequestLog.Count;

        var result = await Source().IdentifyAsync(PaperIdentifier.Parse("DOI:" + Graph.Papers[1].Doi));

        Assert.Equal(SourceErrorKind.NotFound, result.Error);
        Assert.Contains("cannot identify", result.Message);
        Assert.Equal(0, result.Requests);
        Assert.Equal(before, _simulator.RequestLog.Count);
    }

    [Fact]
    public async Task Fetch_SendsTheAccessTokenAsAuthorization_WhenConfigured()
    {
        var paper = Graph.Papers.First(p => p.HasJournalDoi && p.Index > 5);

        var result = await Source("oc-secret").FetchAsync(PaperIdentifier.Parse("DOI:" + paper.Doi), SourceFetch.Default);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Contains(_simulator.RequestLog.Snapshot(), r => r.Kind == Sim.SimRequestKinds.OpenCitationsCitations && r.PaperId == paper.PaperId && r.ApiKey == "oc-secret");
    }

    [Fact]
    public async Task Fetch_ServerErrors_AreRetried_ThenReportedUnavailable()
    {
        var paper = Graph.Papers.First(p => p.HasJournalDoi && p.Index > 10);
        _simulator.Faults.FailingPaperIds.Add(paper.PaperId);

        var result = await Source().FetchAsync(PaperIdentifier.Parse("DOI:" + paper.Doi), SourceFetch.Default);

        Assert.Equal(SourceErrorKind.Unavailable, result.Error);
        Assert.Equal(3, result.Requests);
        Assert.Contains("OpenCitations citations of DOI:" + paper.Doi, result.Message);
    }

    [Fact]
    public void Registration_MakesOpenCitationsAKnownSource_BuiltByPaperSources()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sources:Enabled"] = "openalex,opencitations",
            ["Sources:OpenAlex:BaseUrl"] = _simulator.OpenAlexBaseUrl,
            ["Sources:OpenCitations:BaseUrl"] = _simulator.OpenCitationsBaseUrl,
            ["Sources:OpenCitations:RequestsPerSecond"] = "7",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddHubCrawlerGrainServices(configuration).BuildServiceProvider();

        var sources = services.GetRequiredService<PaperSources>();

        Assert.Contains(OpenCitationsSource.Name, services.GetServices<SourceDefinition>().Select(d => d.Name));
        Assert.Equal(["openalex", "opencitations"], sources.All.Select(s => s.Name));
        Assert.IsType<OpenCitationsSource>(sources.All[1]);
        Assert.Equal(7, services.GetRequiredService<SourceRates>().Of(OpenCitationsSource.Name));
        Assert.Equal("https://api.opencitations.net/index/v2", new OpenCitationsOptions().BaseUrl);
    }
}

using HubCrawler.Sources;
using Microsoft.Extensions.Options;
using Sim = HubCrawler.Simulator;

namespace HubCrawler.Tests.Sources;

/// <summary>The arXiv adapter on the shapes real abs pages have: author suffixes, TeX accents and braces, several
/// DOIs or a doi: prefix in citation_doi; and the text of HTML error pages, one block after another.</summary>
public sealed class ArxivFidelityTests : IAsyncLifetime
{
    private Sim.SimulatorServer _simulator = null!;
    private Sim.SyntheticGraph Graph => _simulator.Graph;

    public async Task InitializeAsync() =>
        _simulator = await Sim.SimulatorServer.StartAsync(Sim.SyntheticGraph.Build(new Sim.SyntheticGraphOptions { Papers = 120, Seed = 29, HeavyPaperCitations = 0 }));

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    [Theory]
    [InlineData("Heath, Jr., Robert W.", "Robert W. Heath Jr.")]
    [InlineData("Heath, Robert W., Jr.", "Robert W. Heath Jr.")]
    [InlineData("King, III, Martin L.", "Martin L. King III")]
    [InlineData("Vaswani, Ashish", "Ashish Vaswani")]
    [InlineData("Fr{\\'e}d{\\'e}rique, Dupont", "Dupont Frédérique")]
    [InlineData("Dupont, Fr{\\'e}d{\\'e}rique", "Frédérique Dupont")]
    [InlineData("Dupont, Fr{é}d{é}rique", "Frédérique Dupont")]
    [InlineData("Dupont, Fr\\'{e}d\\'{e}rique", "Frédérique Dupont")]
    [InlineData("G{\\\"o}del, Kurt", "Kurt Gödel")]
    [InlineData("Erd\\H{o}s, Paul", "Paul Erdős")]
    [InlineData("Gar{\\c c}on, Fran{\\c{c}}ois", "François Garçon")]
    [InlineData("Stra{\\ss}e, Mar{\\'\\i}a", "María Straße")]
    [InlineData("{van der Berg}, Jan", "Jan van der Berg")]
    [InlineData("Plato", "Plato")]
    public void Names_ComeOutInNaturalOrder_WithSuffixesLastAndTexAsLetters(string citationAuthor, string expected) =>
        Assert.Equal(expected, ArxivNames.Natural(citationAuthor));

    [Theory]
    [InlineData("10.1109/twc.2020.1; 10.1038/nature.2", "10.1109/twc.2020.1")]
    [InlineData("doi:10.1103/PhysRevD.1.2", "10.1103/physrevd.1.2")]
    [InlineData("doi: 10.1109/twc.2020.1", "10.1109/twc.2020.1")]
    [InlineData("https://doi.org/10.1109/twc.2020.1, 10.1038/nature.2", "10.1109/twc.2020.1")]
    [InlineData("not-a-doi 10.1038/nature.2", "10.1038/nature.2")]
    [InlineData("10.48550/arXiv.2501.00042; 10.1038/nature.2", "10.1038/nature.2")]
    public void CitationDoi_WithSeveralDoisOrAPrefix_KeepsTheFirstValidDoi(string citationDoi, string expected)
    {
        var record = ArxivAbsPage.Parse(Page(citationDoi, "Heath, Jr., Robert W."));

        Assert.Equal(expected, record.Ids[PaperIdScheme.Doi]!.Value);
        Assert.Equal(expected, record.Metadata.ExternalIds["DOI"]);
        Assert.Equal(["Robert W. Heath Jr."], record.Metadata.Authors);
    }

    [Fact]
    public void CitationDoi_WithNoValidDoi_GivesNone()
    {
        var record = ArxivAbsPage.Parse(Page("n/a", "Vaswani, Ashish"));

        Assert.Null(record.Ids[PaperIdScheme.Doi]);
        Assert.Equal("arXiv:2501.00042", record.Ids.Key);
    }

    [Fact]
    public async Task ArxivSource_ReadsTheSimulatorsQuirkyPages_AsTheNamesAndDoisTheyMean()
    {
        _simulator.Faults.ArxivQuirks = true;
        var source = Source();

        foreach (var paper in Graph.Papers.Take(12))
        {
            var result = await source.FetchAsync(PaperIdentifier.Parse("arXiv:" + paper.ArxivId), SourceFetch.Default);

            Assert.True(result.IsSuccess, result.Message);
            var expectedFirst = (paper.Index % 3) switch { 1 => Sim.ArxivQuirks.SuffixName, 2 => Sim.ArxivQuirks.AccentName, _ => paper.Authors[0].Name };
            Assert.Equal(expectedFirst, result.Value!.Metadata.Authors[0]);
            Assert.Equal(paper.Authors.Skip(1).Select(a => a.Name), result.Value.Metadata.Authors.Skip(1));
            Assert.Equal(paper.Doi, result.Value.Ids[PaperIdScheme.Doi]!.Value);
        }
    }

    [Fact]
    public void ErrorPageText_JoinsBlocksWithSpaces_NotGlued()
    {
        var body = Encoding.UTF8.GetBytes("""
            <!DOCTYPE html><html><head><title>503 Service Unavailable</title><style>h1{color:red}</style></head>
            <body><h1>Service Unavailable</h1><p>arXiv is <b>busy</b>.</p><script>var x = 1;</script><div>Try again<br>later.</div></body></html>
            """);

        Assert.Equal("Service Unavailable: arXiv is busy. Try again later.", HtmlBodies.ErrorMessage(body));
    }

    [Fact]
    public async Task ArxivSource_ReportsAnErrorPagesTextWithItsBlocksApart()
    {
        var paper = Graph.Papers[3];
        _simulator.Faults.FailingPaperIds.Add(paper.PaperId);

        var result = await Source().FetchAsync(PaperIdentifier.Parse("arXiv:" + paper.ArxivId), SourceFetch.Default);

        // The simulator's error page is an h1 and a p, as arXiv's are.
        Assert.Equal(SourceErrorKind.Unavailable, result.Error);
        Assert.Contains("500 Internal Server Error: Internal Server Error.", result.Message);
        Assert.DoesNotContain("ErrorInternal", result.Message);
    }

    private ArxivSource Source()
    {
        var (pipeline, _, fetcher) = TestFetching.Create(TestFetching.Options("arxiv"));
        return new ArxivSource(fetcher, pipeline.Admit(ArxivOptions.Section, Options.Create(new ArxivOptions { BaseUrl = _simulator.ArxivBaseUrl, RequestsPerSecond = 0 })));
    }

    private static byte[] Page(string citationDoi, string author) => Encoding.UTF8.GetBytes($"""
        <html><head>
        <meta name="citation_title" content="A title">
        <meta name="citation_author" content="{System.Net.WebUtility.HtmlEncode(author)}">
        <meta name="citation_doi" content="{System.Net.WebUtility.HtmlEncode(citationDoi)}">
        <meta name="citation_date" content="2025/01/02">
        <meta name="citation_arxiv_id" content="2501.00042">
        </head><body></body></html>
        """);
}

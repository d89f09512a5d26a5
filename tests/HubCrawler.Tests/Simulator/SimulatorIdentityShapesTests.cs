using AngleSharp.Html.Parser;

namespace HubCrawler.Tests.Simulator;

/// <summary>The shapes issue 13 needs from OpenAlex (referenced_works, a cited_by_count that disagrees, arXiv's DataCite
/// DOI), arXiv abs pages (several DOIs, doi: prefixes, name suffixes, TeX braces) and the OpenCitations Index API v2.</summary>
public sealed class SimulatorIdentityShapesTests() : SimulatorOverHttp(SharedGraph)
{
    private static readonly Lazy<SyntheticGraph> SharedGraph = new(() =>
        SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 300, Seed = 19, HeavyPaperCitations = 400, PreprintOnlyRate = 0.25 }));

    [Fact]
    public async Task OpenAlex_Work_ListsTheWorksItCites_AsReferencedWorks()
    {
        var paper = Graph.Papers.First(p => Graph.CitedPapersOf(p.Index).Count >= 3);

        using var json = await GetJsonAsync($"{Server.OpenAlexBaseUrl}/works/{paper.OpenAlexId}");

        var referenced = json.RootElement.GetProperty("referenced_works").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(Graph.CitedPapersOf(paper.Index).Select(i => "https://openalex.org/" + Graph.Papers[i].OpenAlexId), referenced);
        Assert.Equal(referenced.Count, json.RootElement.GetProperty("referenced_works_count").GetInt32());
    }

    [Fact]
    public async Task OpenAlex_CitedByCount_DisagreesWithTheCitesList_ByTheKnob()
    {
        var paper = Graph.Papers[0];
        using var before = await GetJsonAsync($"{Server.OpenAlexBaseUrl}/works/{paper.OpenAlexId}?select=cited_by_count");
        Server.Faults.OpenAlexCitedByExtra = -50;
        using var after = await GetJsonAsync($"{Server.OpenAlexBaseUrl}/works/{paper.OpenAlexId}?select=cited_by_count");
        using var list = await GetJsonAsync($"{Server.OpenAlexBaseUrl}/works?filter=cites:{paper.OpenAlexId}&per-page=1");

        Assert.Equal(paper.CitationCount + new SimulatorFaults().OpenAlexCitedByExtra, before.RootElement.GetProperty("cited_by_count").GetInt32());
        Assert.Equal(paper.CitationCount - 50, after.RootElement.GetProperty("cited_by_count").GetInt32());
        Assert.NotEqual(list.RootElement.GetProperty("meta").GetProperty("count").GetInt32(), after.RootElement.GetProperty("cited_by_count").GetInt32());
    }

    [Fact]
    public async Task PreprintOnlyPapers_AreNamedByArxivsDataCiteDoi_InEveryForm()
    {
        var preprint = Graph.Papers.First(p => !p.HasJournalDoi);
        var published = Graph.Papers.First(p => p.HasJournalDoi);
        Assert.Equal("10.48550/arXiv." + preprint.ArxivId, preprint.Doi);
        Assert.InRange(Graph.Papers.Count(p => !p.HasJournalDoi), Graph.Papers.Count / 8, Graph.Papers.Count / 2);

        using var work = await GetJsonAsync($"{Server.OpenAlexBaseUrl}/works/{preprint.OpenAlexId}");
        Assert.Equal("https://doi.org/10.48550/arxiv." + preprint.ArxivId, work.RootElement.GetProperty("doi").GetString());
        Assert.Equal("https://doi.org/10.48550/arxiv." + preprint.ArxivId, work.RootElement.GetProperty("ids").GetProperty("doi").GetString());
        Assert.Equal("repository", work.RootElement.GetProperty("primary_location").GetProperty("source").GetProperty("type").GetString());

        // Either DataCite DOI form finds the paper in OpenAlex and Semantic Scholar, for preprints and published papers alike.
        foreach (var paper in new[] { preprint, published })
        {
            using var byDoi = await GetJsonAsync($"{Server.OpenAlexBaseUrl}/works/doi:10.48550/ARXIV.{paper.ArxivId}");
            Assert.Equal("https://openalex.org/" + paper.OpenAlexId, byDoi.RootElement.GetProperty("id").GetString());
            using var s2 = await GetJsonAsync($"{Server.SemanticScholarBaseUrl}/paper/DOI:10.48550/arXiv.{paper.ArxivId}?fields=externalIds");
            Assert.Equal(paper.PaperId, s2.RootElement.GetProperty("paperId").GetString());
            Assert.Equal(paper.Doi, s2.RootElement.GetProperty("externalIds").GetProperty("DOI").GetString());
        }

        var page = await GetPageAsync(preprint.ArxivId);
        Assert.Equal(preprint.Doi, Meta(page, "citation_doi").Single());
    }

    [Fact]
    public void PreprintOnlyRate_ChangesNothingElseOfTheGraph()
    {
        var plain = SyntheticGraph.Build(Graph.Options with { PreprintOnlyRate = 0 });

        Assert.All(plain.Papers, p => Assert.True(p.HasJournalDoi));
        for (var i = 0; i < plain.Papers.Count; i++)
        {
            Assert.Equal(plain.Papers[i].ArxivId, Graph.Papers[i].ArxivId);
            Assert.Equal(plain.Papers[i].Title, Graph.Papers[i].Title);
            Assert.Equal(plain.CitationsOf(i).Select(c => c.CitingIndex), Graph.CitationsOf(i).Select(c => c.CitingIndex));
            if (Graph.Papers[i].HasJournalDoi)
            {
                Assert.Equal(plain.Papers[i].Doi, Graph.Papers[i].Doi);
            }
        }
    }

    [Fact]
    public async Task ArxivQuirks_ServeSeveralDois_DoiPrefixes_Suffixes_AndTexBraces()
    {
        Server.Faults.ArxivQuirks = true;
        var published = Graph.Papers.Where(p => p.HasJournalDoi).ToList();
        var prefixed = published.First(p => p.Index % 4 == 1);
        var twoDois = published.First(p => p.Index % 4 == 2);
        var suffix = Graph.Papers.First(p => p.Index % 3 == 1);
        var texEscaped = Graph.Papers.First(p => p.Index % 3 == 2 && p.Index % 2 == 0);
        var texBraced = Graph.Papers.First(p => p.Index % 3 == 2 && p.Index % 2 == 1);

        Assert.Equal("doi:" + prefixed.Doi, Meta(await GetPageAsync(prefixed.ArxivId), "citation_doi").Single());
        Assert.Equal($"{twoDois.Doi}; 10.5555/hubsim-alt.{twoDois.Index}", Meta(await GetPageAsync(twoDois.ArxivId), "citation_doi").Single());
        Assert.Equal("Heath, Jr., Robert W.", Meta(await GetPageAsync(suffix.ArxivId), "citation_author")[0]);
        Assert.Equal(@"Dupont, Fr{\'e}d{\'e}rique", Meta(await GetPageAsync(texEscaped.ArxivId), "citation_author")[0]);
        Assert.Equal("Dupont, Fr{é}d{é}rique", Meta(await GetPageAsync(texBraced.ArxivId), "citation_author")[0]);
        Assert.Equal(
            texBraced.Authors.Skip(1).Select(a => LastFirst(a.Name)),
            Meta(await GetPageAsync(texBraced.ArxivId), "citation_author").Skip(1));

        Server.Faults.ArxivQuirks = false;
        Assert.Equal(prefixed.Doi, Meta(await GetPageAsync(prefixed.ArxivId), "citation_doi").Single());
        Assert.Equal(LastFirst(suffix.Authors[0].Name), Meta(await GetPageAsync(suffix.ArxivId), "citation_author")[0]);
    }

    [Fact]
    public async Task OpenCitations_Citations_ListEachIndexedCiterOnce_InTheRealShape()
    {
        var paper = Graph.Papers.First(p => p.HasJournalDoi && p.Pmid is not null && Graph.CitationsOf(p.Index).Count(c => c.CitingIndex is { } i && Graph.Papers[i].HasJournalDoi) >= 3);
        var expected = Graph.CitationsOf(paper.Index).Where(c => c.CitingIndex is not null).Select(c => Graph.Papers[c.CitingIndex!.Value])
            .DistinctBy(p => p.Index).Where(p => p.HasJournalDoi).ToList();

        using var response = await Http.GetAsync($"{Server.OpenCitationsBaseUrl}/citations/doi:{paper.Doi}");
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            Assert.Equal(["oci", "citing", "cited", "creation", "timespan", "journal_sc", "author_sc"], row.EnumerateObject().Select(p => p.Name));
            Assert.All(row.EnumerateObject(), p => Assert.Equal(JsonValueKind.String, p.Value.ValueKind));
            var citing = expected[i];
            Assert.Equal(citing.OpenCitationsIds, row.GetProperty("citing").GetString());
            Assert.StartsWith($"omid:{paper.Omid} doi:{paper.Doi} pmid:{paper.Pmid}", row.GetProperty("cited").GetString());
            Assert.Equal($"061{citing.Index}-061{paper.Index}", row.GetProperty("oci").GetString());
            Assert.Equal(citing.PublicationDate, row.GetProperty("creation").GetString());
            Assert.Matches(@"^-?P\d+Y\d+M\d+D$", row.GetProperty("timespan").GetString());
            Assert.Contains(row.GetProperty("journal_sc").GetString(), new[] { "yes", "no" });
        }

        // The same paper by PMID and by OMID, and the count endpoint, agree.
        foreach (var id in new[] { $"pmid:{paper.Pmid}", $"omid:{paper.Omid}" })
        {
            using var again = await GetJsonAsync($"{Server.OpenCitationsBaseUrl}/citations/{id}");
            Assert.Equal(rows.Count, again.RootElement.GetArrayLength());
        }

        using var count = await GetJsonAsync($"{Server.OpenCitationsBaseUrl}/citation-count/doi:{paper.Doi}");
        Assert.Equal(rows.Count.ToString(), count.RootElement[0].GetProperty("count").GetString());

        // A list stops at the row limit (the real LIMIT 50000); the count does not.
        Server.Faults.OpenCitationsRowLimit = 2;
        using var cut = await GetJsonAsync($"{Server.OpenCitationsBaseUrl}/citations/doi:{paper.Doi}");
        using var uncut = await GetJsonAsync($"{Server.OpenCitationsBaseUrl}/citation-count/doi:{paper.Doi}");
        Assert.Equal(2, cut.RootElement.GetArrayLength());
        Assert.Equal(rows.Count.ToString(), uncut.RootElement[0].GetProperty("count").GetString());
    }

    [Fact]
    public void OpenCitationsIds_NameAPreprintDoiAfterTheJournalDoi_ForOnePaperInFive()
    {
        var paper = Graph.Papers.First(p => p.HasJournalDoi && p.Index % 5 == 0 && p.Pmid is not null);

        Assert.Equal($"omid:br/061{paper.Index} doi:{paper.Doi} pmid:{paper.Pmid} doi:10.48550/arxiv.{paper.ArxivId}", paper.OpenCitationsIds);
    }

    [Fact]
    public async Task OpenCitations_References_AreTheIndexedPapersItCites()
    {
        var paper = Graph.Papers.First(p => p.HasJournalDoi && Graph.CitedPapersOf(p.Index).Count(i => Graph.Papers[i].HasJournalDoi) >= 2);
        var expected = Graph.CitedPapersOf(paper.Index).Select(i => Graph.Papers[i]).Where(p => p.HasJournalDoi).ToList();

        using var json = await GetJsonAsync($"{Server.OpenCitationsBaseUrl}/references/doi:{paper.Doi.ToUpperInvariant()}");
        using var count = await GetJsonAsync($"{Server.OpenCitationsBaseUrl}/reference-count/doi:{paper.Doi}");

        Assert.Equal(expected.Select(p => p.Doi), json.RootElement.EnumerateArray().Select(r => r.GetProperty("cited").GetString()!.Split(' ')[1]["doi:".Length..]));
        Assert.All(json.RootElement.EnumerateArray(), r => Assert.StartsWith($"omid:{paper.Omid} doi:{paper.Doi}", r.GetProperty("citing").GetString()));
        Assert.Equal(expected.Count.ToString(), count.RootElement[0].GetProperty("count").GetString());
    }

    [Theory]
    [InlineData("doi:10.9999/not-indexed")]
    [InlineData("pmid:1")]
    [InlineData("omid:br/0699999")]
    public async Task OpenCitations_AnIdItDoesNotIndex_IsAnEmptyList(string id)
    {
        using var response = await Http.GetAsync($"{Server.OpenCitationsBaseUrl}/citations/{id}");
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task OpenCitations_DoesNotIndexPreprintsWithoutAJournalDoi()
    {
        var preprint = Graph.Papers.First(p => !p.HasJournalDoi && Graph.CitationsOf(p.Index).Any(c => c.CitingIndex is not null));

        using var json = await GetJsonAsync($"{Server.OpenCitationsBaseUrl}/citations/doi:{preprint.Doi}");

        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task OpenCitations_LogsTheOptionalAccessToken_AndRefusesAMalformedId()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Server.OpenCitationsBaseUrl}/citation-count/doi:{Graph.Papers[2].Doi}");
        request.Headers.TryAddWithoutValidation("authorization", "oc-token");
        using var withToken = await Http.SendAsync(request);
        using var malformed = await Http.GetAsync($"{Server.OpenCitationsBaseUrl}/citations/10.5555/hubsim.2");

        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Contains(Server.RequestLog.Snapshot(), r => r.Kind == SimRequestKinds.OpenCitationsCount && r.ApiKey == "oc-token");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Theory]
    [InlineData("2020-01-15", "2021-03-16", "P1Y2M1D")]
    [InlineData("2020-01-31", "2020-03-01", "P0Y1M1D")]
    [InlineData("2021-03-16", "2020-01-15", "-P1Y2M1D")]
    [InlineData("2020-05-05", "2020-05-05", "P0Y0M0D")]
    public void OpenCitations_Timespan_IsAnIsoDuration(string cited, string citing, string expected) =>
        Assert.Equal(expected, OpenCitationsTimespan.Between(cited, citing));

    [Fact]
    public void CommandLine_SetsTheNewKnobs_AndDefaultsLeaveThemOff()
    {
        var options = SimulatorCommandLine.Parse([
            "--citation-paging-cap", "10000", "--citation-repeat-rate", "0.013", "--unresolved-reference-rate", "0.1",
            "--preprint-only-rate", "0.5", "--openalex-cited-by-extra", "-7", "--arxiv-quirks", "true"]);
        var defaults = SimulatorCommandLine.Parse([]);

        Assert.Equal(10000, options.Faults.CitationPagingCap);
        Assert.Equal(0.013, options.Faults.CitationRepeatRate);
        Assert.Equal(0.1, options.Graph.UnresolvedReferenceRate);
        Assert.Equal(0.5, options.Graph.PreprintOnlyRate);
        Assert.Equal(-7, options.Faults.OpenAlexCitedByExtra);
        Assert.True(options.Faults.ArxivQuirks);
        Assert.Null(defaults.Faults.CitationPagingCap);
        Assert.Equal(0, defaults.Faults.CitationRepeatRate);
        Assert.Equal(0, defaults.Graph.UnresolvedReferenceRate);
        Assert.Equal(0, defaults.Graph.PreprintOnlyRate);
        Assert.Equal(new SimulatorFaults().OpenAlexCitedByExtra, defaults.Faults.OpenAlexCitedByExtra);
        Assert.False(defaults.Faults.ArxivQuirks);
        Assert.Throws<FormatException>(() => SimulatorCommandLine.Parse(["--arxiv-quirks", "maybe"]));
        Assert.Throws<FormatException>(() => SimulatorCommandLine.Parse(["--citation-paging-cap", "0"]));

        options.Faults.Reset();
        Assert.Null(options.Faults.CitationPagingCap);
        Assert.False(options.Faults.ArxivQuirks);
    }

    private static string LastFirst(string name) => $"{name[(name.LastIndexOf(' ') + 1)..]}, {name[..name.LastIndexOf(' ')]}";

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetPageAsync(string arxivId) =>
        new HtmlParser().ParseDocument(await Http.GetStringAsync($"{Server.ArxivBaseUrl}/abs/{arxivId}"));

    private static List<string> Meta(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        page.QuerySelectorAll($"meta[name='{name}']").Select(m => m.GetAttribute("content")!).ToList();
}

using HubCrawler.Tests.Api;

namespace HubCrawler.Tests.Export;

/// <summary>The reference-manager and graph-tool exports of a crawl and of one hub, read back by real parsers
/// (bibtexparser, networkx, a strict RIS reader, System.Text.Json against CSL-JSON's shape) and checked against the
/// simulated graph.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReferenceExportTests(Api.ApiHost host)
{
    private static readonly string[] CslTypes = ["article-journal", "paper-conference", "article", "document"];
    private SyntheticGraph Graph => host.Simulator.Graph;

    [Fact]
    public async Task A_crawl_as_BibTeX_has_one_entry_per_paper_with_unique_keys_titles_authors_and_DOIs()
    {
        var (jobId, papers, _) = await CrawlAndExpect(Graph.Papers[170]);
        var response = await host.Http.GetAsync($"/api/crawls/{jobId}/export?format=bibtex");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-bibtex", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"crawl-{jobId}.bib", response.Content.Headers.ContentDisposition?.FileName);
        var parsed = await PythonParsers.RunAsync(PythonParsers.BibTex, await response.Content.ReadAsStringAsync());
        var entries = parsed.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(papers.Count, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.GetProperty("ID").GetString()).Distinct().Count());
        var byDoi = papers.Select(p => Graph.Find(p)!).ToDictionary(p => p.Doi.ToLowerInvariant());
        foreach (var entry in entries)
        {
            Assert.Contains(entry.GetProperty("ENTRYTYPE").GetString(), new[] { "article", "inproceedings", "misc" });
            var paper = byDoi[entry.GetProperty("doi").GetString()!.ToLowerInvariant()];
            Assert.Equal(paper.Title, Unbraced(entry.GetProperty("title").GetString()!));
            Assert.Equal(paper.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.GetProperty("year").GetString());
            Assert.Equal(paper.Authors.Count, entry.GetProperty("author").GetString()!.Split(" and ").Length);
            Assert.StartsWith(LastWord(paper.Authors[0].Name).ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Aggregate("", (s, c) => s + c),
                entry.GetProperty("ID").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("gexf", "application/gexf+xml")]
    [InlineData("graphml", "application/graphml+xml")]
    public async Task A_crawl_as_GEXF_or_GraphML_reads_in_networkx_with_the_simulated_graphs_nodes_and_edges(string format, string mediaType)
    {
        var (jobId, papers, edges) = await CrawlAndExpect(Graph.Papers[180]);
        var response = await host.Http.GetAsync($"/api/crawls/{jobId}/export?format={format}");

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"crawl-{jobId}.{format}", response.Content.Headers.ContentDisposition?.FileName);
        var graph = await PythonParsers.RunAsync(PythonParsers.Graph, await response.Content.ReadAsStringAsync(), format);
        Assert.True(graph.GetProperty("directed").GetBoolean());
        Assert.Equal(papers.Count, graph.GetProperty("nodes").GetInt32());
        var read = graph.GetProperty("edges").EnumerateArray().Select(e => (e[0].GetString()!, e[1].GetString()!)).OrderBy(e => e).ToList();
        Assert.Equal(edges.OrderBy(e => e), read);
        var seed = Graph.Papers[180];
        Assert.Equal(seed.Title, graph.GetProperty("attributes").GetProperty(seed.PaperId).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_crawl_as_RIS_and_CSL_JSON_holds_one_well_formed_record_per_paper()
    {
        var (jobId, papers, _) = await CrawlAndExpect(Graph.Papers[190]);

        var ris = await host.Http.GetAsync($"/api/crawls/{jobId}/export?format=ris");
        Assert.Equal("application/x-research-info-systems", ris.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"crawl-{jobId}.ris", ris.Content.Headers.ContentDisposition?.FileName);
        var records = RisRecords.Parse(await ris.Content.ReadAsStringAsync());
        Assert.Equal(papers.Count, records.Count);
        var titles = papers.Select(p => Graph.Find(p)!.Title).Order().ToList();
        Assert.Equal(titles, records.Select(r => r.Single(t => t.Tag == "TI").Value).Order());
        Assert.All(records, r =>
        {
            Assert.Contains(r[0].Value, new[] { "JOUR", "CPAPER", "UNPB", "GEN" });
            Assert.Single(r, t => t.Tag == "PY");
            Assert.Single(r, t => t.Tag == "DO");
            Assert.Contains(r, t => t.Tag == "AU");
            Assert.StartsWith("https://doi.org/", r.Single(t => t.Tag == "UR").Value, StringComparison.Ordinal);
        });

        var csl = await host.Http.GetAsync($"/api/crawls/{jobId}/export?format=csljson");
        Assert.Equal("application/vnd.citationstyles.csl+json", csl.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"crawl-{jobId}.json", csl.Content.Headers.ContentDisposition?.FileName);
        var items = AssertCslJson(await csl.Content.ReadAsStringAsync());
        Assert.Equal(papers.Count, items.Count);
        var one = items.Single(i => i.GetProperty("title").GetString() == Graph.Papers[190].Title);
        Assert.Equal(Graph.Papers[190].Year, one.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
        Assert.Equal(Graph.Papers[190].Doi, one.GetProperty("DOI").GetString(), ignoreCase: true);
        Assert.Equal(Graph.Papers[190].Authors.Count, one.GetProperty("author").GetArrayLength());
    }

    [Fact]
    public async Task One_hubs_citing_papers_export_with_their_authors_in_every_reference_format()
    {
        var cited = Graph.Papers.Where(p => p.Index > 0).OrderByDescending(p => Graph.CitationsOf(p.Index).Count).Skip(2).First();
        var citations = Graph.CitationsOf(cited.Index);
        var id = "DOI:" + cited.Doi;

        var bib = await host.Http.GetAsync($"/api/papers/{id}/export?format=bibtex");
        Assert.Equal(HttpStatusCode.OK, bib.StatusCode);
        Assert.Equal("application/x-bibtex", bib.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"citations-{cited.PaperId}.bib", bib.Content.Headers.ContentDisposition?.FileName);
        var entries = (await PythonParsers.RunAsync(PythonParsers.BibTex, await bib.Content.ReadAsStringAsync())).GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(citations.Count, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.GetProperty("ID").GetString()).Distinct().Count());
        var resolved = citations.Where(c => c.CitingIndex is not null).Select(c => Graph.Papers[c.CitingIndex!.Value]).ToList();
        foreach (var citer in resolved)
        {
            var entry = entries.Single(e => e.TryGetProperty("doi", out var doi) && string.Equals(doi.GetString(), citer.Doi, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(citer.Title, Unbraced(entry.GetProperty("title").GetString()!));
            Assert.Equal(citer.Authors.Count, entry.GetProperty("author").GetString()!.Split(" and ").Length);
        }

        var ris = RisRecords.Parse(await host.Http.GetStringAsync($"/api/papers/{id}/export?format=ris"));
        Assert.Equal(citations.Count, ris.Count);
        Assert.Equal(resolved.Sum(p => p.Authors.Count), ris.Sum(r => r.Count(t => t.Tag == "AU")));

        var method = citations.Count(c => Infrastructure.ExpectedRoles.Of(c) == HubCrawler.Abstractions.CitationRole.Method);
        var csl = await host.Http.GetAsync($"/api/papers/{id}/export?format=csljson&role=method");
        Assert.Equal($"citations-{cited.PaperId}.json", csl.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(method, AssertCslJson(await csl.Content.ReadAsStringAsync()).Count);
    }

    [Fact]
    public async Task A_hubs_references_export_once_they_were_read_and_not_before()
    {
        // Other tests of the collection read some papers' references: take one whose hub has not read them.
        SimPaper? paper = null;
        foreach (var candidate in Graph.Papers.Where(p => p.Index > 0 && p.Index % 7 == 3 && Graph.ReferencesOf(p.Index).Count >= 3))
        {
            var hub = await host.Http.GetFromJsonAsync<JsonElement>($"/api/papers/{candidate.PaperId}");
            if (!hub.TryGetProperty("references", out var summary) || summary.ValueKind == JsonValueKind.Null)
            {
                paper = candidate;
                break;
            }
        }
        Assert.NotNull(paper);
        var id = "arXiv:" + paper.ArxivId;

        await Problems.AssertProblem(await host.Http.GetAsync($"/api/papers/{id}/export?list=references"), HttpStatusCode.Conflict, "not been read yet");
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync($"/api/papers/{id}/references?limit=1")).StatusCode);

        var response = await host.Http.GetAsync($"/api/papers/{id}/export?list=references&format=ris");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"references-{paper.PaperId}.ris", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(Graph.ReferencesOf(paper.Index).Count, RisRecords.Parse(await response.Content.ReadAsStringAsync()).Count);
    }

    [Theory]
    [InlineData("/api/papers/DOI:10.5555/hubsim.3/export?format=gexf", HttpStatusCode.BadRequest, "format must be one of bibtex, ris, csljson, not 'gexf'")]
    [InlineData("/api/papers/DOI:10.5555/hubsim.3/export?list=cited", HttpStatusCode.BadRequest, "list must be citations or references")]
    [InlineData("/api/papers/DOI:10.5555/hubsim.3/export?role=hero", HttpStatusCode.BadRequest, "role")]
    [InlineData("/api/papers/arXiv:15o6.00001/export", HttpStatusCode.BadRequest, "not an arXiv id")]
    [InlineData("/api/papers/arXiv:9999.99999/export", HttpStatusCode.NotFound, "not found")]
    [InlineData("/api/crawls/0123456789abcdef/export?format=endnote", HttpStatusCode.BadRequest, "format must be one of jsonl, csv, graphml, gexf, bibtex, ris, csljson")]
    public async Task A_bad_reference_export_request_is_a_problem(string path, HttpStatusCode status, string detail) =>
        await Problems.AssertProblem(await host.Http.GetAsync(path), status, detail);

    /// <summary>Checks CSL-JSON's required shape: an array of objects with a string id (unique) and a CSL type, a title,
    /// authors as {family, given?} or {literal}, issued as {"date-parts": [[year, month?, day?]]}, DOI and URL strings.</summary>
    private static List<JsonElement> AssertCslJson(string text)
    {
        var root = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(JsonValueKind.Array, root.ValueKind);
        var items = root.EnumerateArray().ToList();
        Assert.Equal(items.Count, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
        foreach (var item in items)
        {
            Assert.Contains(item.GetProperty("type").GetString(), CslTypes);
            Assert.Equal(JsonValueKind.String, item.GetProperty("title").ValueKind);
            if (item.TryGetProperty("author", out var authors))
                Assert.All(authors.EnumerateArray(), a => Assert.True(
                    a.TryGetProperty("family", out var family) && family.GetString()!.Length > 0 || a.TryGetProperty("literal", out _), a.ToString()));
            if (item.TryGetProperty("issued", out var issued))
            {
                var parts = issued.GetProperty("date-parts");
                Assert.Equal(1, parts.GetArrayLength());
                Assert.InRange(parts[0].GetArrayLength(), 1, 3);
                Assert.All(parts[0].EnumerateArray(), p => Assert.Equal(JsonValueKind.Number, p.ValueKind));
            }
            foreach (var field in new[] { "DOI", "URL", "container-title" })
                if (item.TryGetProperty(field, out var value)) Assert.Equal(JsonValueKind.String, value.ValueKind);
        }
        return items;
    }

    private static string Unbraced(string text) => text.Replace("{", "").Replace("}", "");

    private static string LastWord(string name) => name.Split(' ')[^1];

    private Task<(string JobId, List<string> Papers, List<(string Source, string Target)> Edges)> CrawlAndExpect(SimPaper seed) =>
        host.CrawlAndExpect(seed);
}

using System.Xml.Linq;

namespace HubCrawler.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class CrawlExportTests(ApiHost host)
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";
    private SyntheticGraph Graph => host.Simulator.Graph;

    [Fact]
    public async Task Json_lines_hold_every_admitted_paper_and_every_citation_between_them()
    {
        var (jobId, papers, edges) = await CrawlAndExpect(Graph.Papers[120]);
        var response = await host.Http.GetAsync($"/api/crawls/{jobId}/export?format=jsonl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"crawl-{jobId}.jsonl", response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var paperLines = lines.Where(l => l.GetProperty("kind").GetString() == "paper").ToList();
        Assert.Equal(papers.OrderBy(p => p), paperLines.Select(p => p.GetProperty("paperId").GetString()!).OrderBy(p => p));
        var paper = paperLines.First();
        var simulated = Graph.Find(paper.GetProperty("paperId").GetString()!)!;
        Assert.Equal(simulated.Title, paper.GetProperty("title").GetString());
        Assert.Equal(simulated.Year, paper.GetProperty("year").GetInt32());
        var edgeLines = lines.Where(l => l.GetProperty("kind").GetString() == "edge").ToList();
        Assert.Equal(edges.OrderBy(e => e), edgeLines.Select(e => (e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!)).OrderBy(e => e));
        Assert.All(edgeLines, e => Assert.Contains(e.GetProperty("role").GetString(), new[] { "background", "method", "comparison", "unclassified" }));
    }

    [Fact]
    public async Task Csv_is_one_table_with_a_kind_column()
    {
        var (jobId, papers, edges) = await CrawlAndExpect(Graph.Papers[140]);
        var response = await host.Http.GetAsync($"/api/crawls/{jobId}/export?format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0].Split(',');
        Assert.Equal("kind", header[0]);
        // Paper ids come before any free text and edge rows hold none, so splitting on commas is safe for the id columns.
        var papersSeen = rows.Skip(1).Where(r => r.StartsWith("paper,", StringComparison.Ordinal)).Select(r => r.Split(',')[1]).ToHashSet();
        Assert.Equal(papers.ToHashSet(), papersSeen);
        var source = Array.IndexOf(header, "source");
        var target = Array.IndexOf(header, "target");
        var edgesSeen = rows.Skip(1).Where(r => r.StartsWith("edge,", StringComparison.Ordinal)).Select(r => r.Split(',')).Select(c => (c[source], c[target])).ToList();
        Assert.Equal(edges.OrderBy(e => e), edgesSeen.OrderBy(e => e));
    }

    [Fact]
    public async Task GraphMl_is_a_valid_directed_graph_with_attributes()
    {
        var (jobId, papers, edges) = await CrawlAndExpect(Graph.Papers[160]);
        var response = await host.Http.GetAsync($"/api/crawls/{jobId}/export?format=graphml");

        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var graph = document.Root!.Element(GraphMl + "graph")!;
        Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
        var keys = document.Root.Elements(GraphMl + "key").Select(k => k.Attribute("id")!.Value).ToHashSet();
        Assert.Contains("title", keys);
        Assert.Contains("role", keys);
        var nodes = graph.Elements(GraphMl + "node").ToList();
        Assert.Equal(papers.ToHashSet(), nodes.Select(n => n.Attribute("id")!.Value).ToHashSet());
        Assert.All(nodes.SelectMany(n => n.Elements(GraphMl + "data")), d => Assert.Contains(d.Attribute("key")!.Value, keys));
        var edgeElements = graph.Elements(GraphMl + "edge").ToList();
        Assert.Equal(edges.OrderBy(e => e), edgeElements.Select(e => (e.Attribute("source")!.Value, e.Attribute("target")!.Value)).OrderBy(e => e));
        Assert.Equal(edgeElements.Count, edgeElements.Select(e => e.Attribute("id")!.Value).Distinct().Count());
    }

    [Theory]
    [InlineData("/api/crawls/0123456789abcdef/export", HttpStatusCode.NotFound, "No crawl job")]
    [InlineData("/api/crawls/not-a-job/export", HttpStatusCode.BadRequest, "not a job id")]
    [InlineData("/api/crawls/0123456789abcdef/export?format=pdf", HttpStatusCode.BadRequest, "format must be one of jsonl, csv, graphml")]
    [InlineData("/api/crawls/0123456789abcdef/export?format=1", HttpStatusCode.BadRequest, "format must be one of")]
    public async Task A_bad_export_request_is_a_problem(string path, HttpStatusCode status, string detail) =>
        await Problems.AssertProblem(await host.Http.GetAsync(path), status, detail);

    private Task<(string JobId, List<string> Papers, List<(string Source, string Target)> Edges)> CrawlAndExpect(SimPaper seed) =>
        host.CrawlAndExpect(seed);
}

using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HubCrawler.Tests.Api;

namespace HubCrawler.Tests.Web;

/// <summary>The server-rendered pages over real HTTP, read the way a crawler would read them (AngleSharp).</summary>
[Collection(ApiCollection.Name)]
public sealed class HubPageTests(Api.ApiHost host)
{
    private SyntheticGraph Graph => host.Simulator.Graph;
    private SimPaper Cited => Graph.Papers.Where(p => p.Index > 0).MaxBy(p => Graph.CitationsOf(p.Index).Count)!;

    [Fact]
    public async Task The_hub_page_shows_what_the_API_knows_in_stable_machine_readable_markup()
    {
        var paper = Cited;
        var api = await host.Http.GetFromJsonAsync<JsonElement>($"/api/papers/{paper.PaperId}");
        var document = await Page($"/papers/DOI:{paper.Doi}", HttpStatusCode.OK);

        var article = document.QuerySelector("article[data-paper-id]")!;
        Assert.Equal(paper.PaperId, article.GetAttribute("data-paper-id"));
        Assert.Equal(paper.Title, document.QuerySelector("h1[itemprop=name]")!.TextContent);
        Assert.Equal(paper.Authors.Select(a => a.Name), document.QuerySelectorAll("[itemprop=author]").Select(a => a.TextContent));
        Assert.Equal(paper.Abstract, document.QuerySelector("[itemprop=abstract]")!.TextContent);
        var summary = api.GetProperty("summary");
        Assert.Equal(summary.GetProperty("headline").GetString(), document.QuerySelector("[data-headline]")!.TextContent);
        Assert.Equal(summary.GetProperty("behaviourLabel").GetString(), document.QuerySelector("[data-behaviour-label]")!.GetAttribute("data-behaviour-label"));

        var bars = document.QuerySelectorAll("#roles li[data-role]");
        Assert.Equal(summary.GetProperty("roles").EnumerateArray().Select(r => (r.GetProperty("role").GetString(), r.GetProperty("count").GetInt32())),
            bars.Select(b => (b.GetAttribute("data-role"), int.Parse(b.GetAttribute("data-count")!, CultureInfo.InvariantCulture))));
        var classifiedShares = bars.Where(b => b.GetAttribute("data-role") != "unclassified").Sum(b => double.Parse(b.GetAttribute("data-share")!, CultureInfo.InvariantCulture));
        if (summary.GetProperty("classifiedCitations").GetInt32() > 0) Assert.InRange(classifiedShares, 0.999, 1.001);
        Assert.Equal(4, document.QuerySelectorAll("#polarity li[data-polarity]").Length);

        var representatives = document.QuerySelectorAll("#representatives li[data-representative]");
        Assert.Equal(summary.GetProperty("representatives").GetArrayLength(), representatives.Length);
        Assert.All(representatives.Where(r => r.HasAttribute("data-paper-id")), r =>
            Assert.Equal($"/papers/{r.GetAttribute("data-paper-id")}", r.QuerySelector("a.title")!.GetAttribute("href")));

        Assert.Equal(Graph.CitationsOf(paper.Index).Count, int.Parse(document.QuerySelector("#explorer")!.GetAttribute("data-total")!, CultureInfo.InvariantCulture));
        Assert.NotNull(document.QuerySelector("#freshness time[datetime]"));
        Assert.Equal("none", document.QuerySelector("[data-last-error]")!.TextContent);
    }

    [Fact]
    public async Task The_explorer_filters_sorts_and_pages_with_plain_links()
    {
        var paper = Cited;
        var api = await host.Http.GetFromJsonAsync<JsonElement>($"/api/papers/{paper.PaperId}/citations?role=background&sort=year&limit=1000");
        var document = await Page($"/papers/{paper.PaperId}?role=background&sort=year&limit=3", HttpStatusCode.OK);

        var explorer = document.QuerySelector("#explorer")!;
        Assert.Equal(api.GetProperty("total").GetInt32(), int.Parse(explorer.GetAttribute("data-total")!, CultureInfo.InvariantCulture));
        var items = explorer.QuerySelectorAll("li[data-citing]");
        Assert.Equal(Math.Min(3, api.GetProperty("total").GetInt32()), items.Length);
        Assert.All(items, i => Assert.Equal("background", i.GetAttribute("data-role")));
        Assert.Equal(api.GetProperty("items").EnumerateArray().Take(3).Select(i => i.GetProperty("title").GetString()), items.Select(i => i.QuerySelector(".title")!.TextContent));
        Assert.Equal("background", explorer.QuerySelector("select[name=role] option[selected]")!.GetAttribute("value"));

        var next = explorer.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("role=background", next);
        Assert.Contains("offset=3", next);
        var second = await Page(next.Split('#')[0], HttpStatusCode.OK);
        Assert.Equal("3", second.QuerySelector("#explorer")!.GetAttribute("data-offset"));
        Assert.NotNull(second.QuerySelector("#explorer a[rel=prev]"));
    }

    [Theory]
    [InlineData("/papers/not-an-id", HttpStatusCode.BadRequest, "not a paper id")]
    [InlineData("/papers/arXiv:9999.99999", HttpStatusCode.NotFound, "not found")]
    [InlineData("/papers/CorpusId:1000001?role=praise", HttpStatusCode.BadRequest, "role must be one of")]
    [InlineData("/papers/CorpusId:1000001?yearFrom=2020&yearTo=2010", HttpStatusCode.BadRequest, "yearFrom must not be after yearTo")]
    [InlineData("/search?q=DOI:10.1/x", HttpStatusCode.BadRequest, "not a DOI")]
    [InlineData("/search?q=%21%3F%21", HttpStatusCode.BadRequest, "no words")]
    [InlineData("/crawls/0123456789abcdef", HttpStatusCode.NotFound, "No crawl job")]
    [InlineData("/crawls/nope", HttpStatusCode.BadRequest, "not a job id")]
    public async Task Bad_ids_get_a_friendly_page_with_the_right_status(string path, HttpStatusCode status, string detail)
    {
        var document = await Page(path, status);
        Assert.Equal(((int)status).ToString(CultureInfo.InvariantCulture), document.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        Assert.Contains(detail, document.QuerySelector("[data-detail]")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(document.QuerySelector("form[role=search] input[name=q]"));
    }

    [Fact]
    public async Task The_search_redirects_any_id_form_to_the_hub_page()
    {
        var paper = Graph.Papers[3];
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Http.BaseAddress };
        var response = await client.GetAsync($"/search?q={Uri.EscapeDataString("https://doi.org/" + paper.Doi)}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/papers/DOI:{paper.Doi}", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_start_and_crawl_pages_list_recent_crawls()
    {
        var started = await host.Http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { Graph.Papers[9].PaperId }, depth = 0, maxPapers = 1 });
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;

        var home = await Page("/", HttpStatusCode.OK);
        Assert.NotNull(home.QuerySelector("form[role=search][action='/search']"));
        Assert.NotNull(home.QuerySelector($"tr[data-job-id='{jobId}'] a[href='/crawls/{jobId}']"));
        var crawls = await Page($"/crawls?seed={Graph.Papers[9].PaperId}", HttpStatusCode.OK);
        Assert.Equal(Graph.Papers[9].PaperId, crawls.QuerySelector("#crawl-form textarea[name=seeds]")!.TextContent);
        var progress = await Page($"/crawls/{jobId}", HttpStatusCode.OK);
        Assert.Equal(jobId, progress.QuerySelector("#crawl")!.GetAttribute("data-job-id"));
        Assert.Equal(["jsonl", "csv", "graphml", "gexf", "bibtex", "ris", "csljson"], progress.QuerySelectorAll("a[data-export]").Select(a => a.GetAttribute("data-export")));
    }

    private async Task<IDocument> Page(string path, HttpStatusCode status)
    {
        var response = await host.Http.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}

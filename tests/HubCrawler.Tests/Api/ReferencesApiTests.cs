using AngleSharp.Html.Parser;

namespace HubCrawler.Tests.Api;

/// <summary>References and crawl direction over real HTTP: the JSON explorer, the hub page, a crawl along both edge kinds.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReferencesApiTests(ApiHost host)
{
    private HttpClient Http => host.Http;
    private SyntheticGraph Graph => host.Simulator.Graph;

    [Fact]
    public async Task The_references_explorer_pages_with_filters_and_names_its_direction()
    {
        var paper = Graph.Papers.Where(p => p.Index > 200).First(p => Graph.ReferencesOf(p.Index).Count >= 6);
        var first = await Http.GetFromJsonAsync<JsonElement>($"/api/papers/DOI:{paper.Doi}/references?limit=4");

        Assert.Equal("references", first.GetProperty("direction").GetString());
        Assert.Equal(paper.PaperId, first.GetProperty("paperId").GetString());
        Assert.Equal(Graph.ReferencesOf(paper.Index).Count, first.GetProperty("total").GetInt32());
        Assert.Equal(4, first.GetProperty("items").GetArrayLength());
        var next = first.GetProperty("next").GetString()!;
        Assert.StartsWith($"/api/papers/{paper.PaperId}/references?", next);
        var second = await Http.GetFromJsonAsync<JsonElement>(next);
        Assert.Equal(4, second.GetProperty("offset").GetInt32());

        var citedIds = Graph.CitedPapersOf(paper.Index).Select(i => Graph.Papers[i].PaperId).ToHashSet();
        Assert.All(first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Where(i => i.GetProperty("citingPaperId").ValueKind == JsonValueKind.String),
            i => Assert.Contains(i.GetProperty("citingPaperId").GetString()!, citedIds));

        var hub = await Http.GetFromJsonAsync<JsonElement>($"/api/papers/{paper.PaperId}");
        Assert.Equal(Graph.ReferencesOf(paper.Index).Count, hub.GetProperty("referencesStored").GetInt32());
        var counts = hub.GetProperty("listCounts").EnumerateArray().ToList();
        Assert.Contains(counts, c => c.GetProperty("direction").GetString() == "references" && c.GetProperty("source").GetString() == "semanticscholar");
        Assert.All(counts, c => Assert.Equal(c.GetProperty("reported").GetInt32(),
            c.GetProperty("listed").GetInt32() + c.GetProperty("duplicates").GetInt32() + c.GetProperty("unresolved").GetInt32() + c.GetProperty("notListed").GetInt32()));

        var bad = await Http.GetAsync($"/api/papers/{paper.PaperId}/references?limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_hub_page_offers_the_references_and_shows_how_the_lists_add_up()
    {
        // A paper whose references no other test of the collection (a crawl along references) has read yet.
        SimPaper? paper = null;
        foreach (var candidate in Graph.Papers.Reverse().Where(p => Graph.ReferencesOf(p.Index).Count >= 3 && Graph.CitationsOf(p.Index).Count >= 3))
        {
            var hub = await Http.GetFromJsonAsync<JsonElement>($"/api/papers/{candidate.PaperId}");
            if (!hub.TryGetProperty("references", out var summary) || summary.ValueKind == JsonValueKind.Null)
            {
                paper = candidate;
                break;
            }
        }
        Assert.NotNull(paper);
        var parser = new HtmlParser();
        var before = parser.ParseDocument(await Http.GetStringAsync($"/papers/{paper.PaperId}"));
        Assert.Equal("unread", before.QuerySelector("#references")!.GetAttribute("data-references"));
        var read = before.QuerySelector("#references a[data-action=read-references]")!.GetAttribute("href")!;

        var after = parser.ParseDocument(await Http.GetStringAsync(read));
        Assert.Equal("references", after.QuerySelector("#explorer")!.GetAttribute("data-direction"));
        Assert.Equal(Graph.ReferencesOf(paper.Index).Count.ToString(System.Globalization.CultureInfo.InvariantCulture), after.QuerySelector("#references")!.GetAttribute("data-references"));
        Assert.Equal("references", after.QuerySelector("#explorer form input[name=list]")!.GetAttribute("value"));
        var rows = after.QuerySelectorAll("#counts tr[data-source]");
        Assert.Contains(rows, r => r.GetAttribute("data-direction") == "citations");
        Assert.Contains(rows, r => r.GetAttribute("data-direction") == "references");
    }

    [Fact]
    public async Task A_crawl_with_direction_both_reaches_exactly_the_oracles_papers()
    {
        var seed = Graph.Papers.Where(p => p.Index > 300).First(p => Graph.CitedPapersOf(p.Index).Count >= 2 && Graph.CitationsOf(p.Index).Count >= 2);
        var response = await Http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { "DOI:" + seed.Doi }, depth = 2, maxPapers = 50_000, direction = "both" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await CrawlPolling.WaitUntilDone(Http, response.Headers.Location!.ToString(), TimeSpan.FromMinutes(2));

        var expected = Graph.Reachable([seed.Index], 2, EdgeDirections.Both).Count;
        Assert.Equal("both", status.GetProperty("request").GetProperty("direction").GetString());
        Assert.Equal(expected, status.GetProperty("discovered").GetInt32());
        Assert.Equal(0, status.GetProperty("failed").GetInt32());

        var invalid = await Http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { seed.PaperId }, direction = "sideways" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }
}

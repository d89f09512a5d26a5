namespace HubCrawler.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class HttpApiTests(ApiHost host)
{
    private HttpClient Http => host.Http;
    private SyntheticGraph Graph => host.Simulator.Graph;

    [Fact]
    public async Task A_crawl_starts_with_202_and_its_status_shows_progress_until_done()
    {
        var seed = Graph.Papers[30];
        var response = await Http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { "arXiv:" + seed.ArxivId }, depth = 2, maxPapers = 5000 });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Matches("^/api/crawls/[0-9a-f]{16}$", location);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, started.GetProperty("request").GetProperty("depth").GetInt32());

        var status = await Eventually.Last(
            () => Http.GetFromJsonAsync<JsonElement>(location), s => s.GetProperty("done").GetBoolean(), TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(100));

        var expected = Graph.Reachable([seed.Index], 2).Count;
        Assert.True(status.GetProperty("done").GetBoolean());
        Assert.Equal(expected, status.GetProperty("discovered").GetInt32());
        Assert.Equal(expected, status.GetProperty("fetched").GetInt32() + status.GetProperty("fromCache").GetInt32());
        Assert.Equal(0, status.GetProperty("pending").GetInt32());
        Assert.Equal(0, status.GetProperty("failed").GetInt32());
        Assert.True(status.TryGetProperty("finishedAt", out _));
    }

    [Fact]
    public async Task A_paper_is_looked_up_on_demand_by_any_id_as_camel_case_json()
    {
        var paper = Graph.Papers[77];
        var byDoi = await Http.GetFromJsonAsync<JsonElement>($"/api/papers/DOI:{paper.Doi}");
        var byArxiv = await Http.GetFromJsonAsync<JsonElement>($"/api/papers/arXiv:{paper.ArxivId}");

        Assert.Equal(paper.PaperId, byDoi.GetProperty("paperId").GetString());
        Assert.Equal(paper.PaperId, byArxiv.GetProperty("paperId").GetString());
        var metadata = byDoi.GetProperty("metadata");
        Assert.Equal(paper.Title, metadata.GetProperty("title").GetString());
        Assert.Equal(paper.Year, metadata.GetProperty("year").GetInt32());
        var summary = byDoi.GetProperty("summary");
        Assert.Equal(Graph.CitationsOf(paper.Index).Count, summary.GetProperty("totalCitations").GetInt32());
        Assert.Equal(["background", "method", "comparison", "unclassified"],
            summary.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("role").GetString()));
        Assert.False(string.IsNullOrEmpty(summary.GetProperty("headline").GetString()));
    }

    [Fact]
    public async Task The_citations_explorer_pages_and_filters_by_role()
    {
        var paper = Graph.Papers.Where(p => p.Index > 0).MaxBy(p => Graph.CitationsOf(p.Index).Count)!;
        var first = await Http.GetFromJsonAsync<JsonElement>($"/api/papers/{paper.PaperId}/citations?limit=5");
        Assert.Equal(Graph.CitationsOf(paper.Index).Count, first.GetProperty("total").GetInt32());
        Assert.Equal(5, first.GetProperty("items").GetArrayLength());
        var next = first.GetProperty("next").GetString()!;
        var second = await Http.GetFromJsonAsync<JsonElement>(next);
        Assert.Equal(5, second.GetProperty("offset").GetInt32());

        var background = await Http.GetFromJsonAsync<JsonElement>($"/api/papers/{paper.PaperId}/citations?role=background&limit=1000");
        Assert.All(background.GetProperty("items").EnumerateArray(), i => Assert.Equal("background", i.GetProperty("role").GetString()));
    }

    [Theory]
    [InlineData("/api/papers/not-an-id", HttpStatusCode.BadRequest, "not a paper id")]
    [InlineData("/api/papers/DOI:10.1/x", HttpStatusCode.BadRequest, "not a DOI")]
    [InlineData("/api/papers/arXiv:9999.99999", HttpStatusCode.NotFound, "not found")]
    [InlineData("/api/papers/arXiv:9999.99999/citations", HttpStatusCode.NotFound, "not found")]
    [InlineData("/api/papers/CorpusId:1000001/citations?limit=0", HttpStatusCode.BadRequest, "limit must be between")]
    [InlineData("/api/papers/CorpusId:1000001/citations?limit=ten", HttpStatusCode.BadRequest, "whole number")]
    [InlineData("/api/papers/CorpusId:1000001/citations?offset=-5", HttpStatusCode.BadRequest, "offset")]
    [InlineData("/api/papers/CorpusId:1000001/citations?role=praise", HttpStatusCode.BadRequest, "role must be one of")]
    [InlineData("/api/papers/CorpusId:1000001?refresh=maybe", HttpStatusCode.BadRequest, "true or false")]
    [InlineData("/api/crawls/0123456789abcdef", HttpStatusCode.NotFound, "No crawl job")]
    [InlineData("/api/crawls/..%2F..%2Fetc", HttpStatusCode.BadRequest, "not a job id")]
    public async Task Bad_requests_get_a_problem_with_a_clear_message(string path, HttpStatusCode status, string message)
    {
        var response = await Http.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(message, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("{\"seeds\":[],\"depth\":1,\"maxPapers\":10}", "seeds must name at least one paper")]
    [InlineData("{\"seeds\":[\"bogus\"],\"depth\":1,\"maxPapers\":10}", "not a paper id")]
    [InlineData("{\"seeds\":[\"arXiv:2501.00001\"],\"depth\":-1,\"maxPapers\":10}", "depth must be between")]
    [InlineData("{\"seeds\":[\"arXiv:2501.00001\"],\"depth\":1,\"maxPapers\":99999999999}", "not a crawl request")]
    [InlineData("{\"seeds\":", "not a crawl request")]
    public async Task A_bad_crawl_request_is_rejected_with_400(string body, string message)
    {
        var response = await Http.PostAsync("/api/crawls", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(message, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_crawl_request_that_is_not_json_is_415()
    {
        var response = await Http.PostAsync("/api/crawls", new StringContent("seeds=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_crawl_can_be_cancelled_and_an_unknown_one_cannot()
    {
        var started = await Http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { Graph.Papers[2].PaperId }, depth = 0, maxPapers = 1 });
        var cancelled = await Http.DeleteAsync(started.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.True((await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("done").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await Http.DeleteAsync("/api/crawls/fedcba9876543210")).StatusCode);
    }
}

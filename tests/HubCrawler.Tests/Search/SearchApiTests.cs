using HubCrawler.Tests.Api;

namespace HubCrawler.Tests.Search;

/// <summary>GET /api/search on the real host with Semantic Scholar and OpenAlex enabled, against the simulator.</summary>
[Collection(SearchCollection.Name)]
public sealed class SearchApiTests(SearchHost host)
{
    private SyntheticGraph Graph => host.Graph;

    private int SearchRequests() => host.Simulator.RequestLog.Snapshot().Count(r => r.Kind is SimRequestKinds.Search or SimRequestKinds.SearchMatch or SimRequestKinds.OpenAlexSearch);

    [Fact]
    public async Task A_title_is_an_exact_match_found_with_one_request_per_source_and_repeating_it_spends_nothing()
    {
        var paper = host.UniquelyTitled();
        var before = SearchRequests();
        var papersBefore = host.Simulator.RequestLog.Snapshot().Count(r => r.Kind is SimRequestKinds.Batch or SimRequestKinds.Paper or SimRequestKinds.Citations);

        var answer = await host.Http.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(paper.Title.ToLowerInvariant())}");

        var exact = answer.GetProperty("exactMatch");
        Assert.Equal(paper.PaperId, exact.GetProperty("hubId").GetString());
        Assert.Equal($"/papers/{paper.PaperId}", exact.GetProperty("hub").GetString());
        Assert.Equal(paper.Title, exact.GetProperty("title").GetString());
        Assert.Equal(paper.Year, exact.GetProperty("year").GetInt32());
        Assert.Equal(["semanticscholar", "openalex"], exact.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(paper.Doi, exact.GetProperty("ids").GetProperty("DOI").GetString());
        Assert.Equal(2, answer.GetProperty("requests").GetInt32());
        Assert.Equal(before + 2, SearchRequests());

        var again = await host.Http.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(paper.Title.ToLowerInvariant())}");
        Assert.Equal(0, again.GetProperty("requests").GetInt32());
        Assert.Equal(paper.PaperId, again.GetProperty("exactMatch").GetProperty("hubId").GetString());
        Assert.Equal(before + 2, SearchRequests());
        // Results are not hubs: nothing was fetched for them.
        Assert.Equal(papersBefore, host.Simulator.RequestLog.Snapshot().Count(r => r.Kind is SimRequestKinds.Batch or SimRequestKinds.Paper or SimRequestKinds.Citations));
    }

    [Fact]
    public async Task Words_give_a_short_list_of_papers_each_with_its_hub_link_and_no_exact_match()
    {
        var answer = await host.Http.GetFromJsonAsync<JsonElement>("/api/search?q=attention&limit=5");

        Assert.Equal(JsonValueKind.Null, answer.GetProperty("exactMatch").ValueKind);
        var results = answer.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(5, results.Count);
        foreach (var result in results)
        {
            var hubId = result.GetProperty("hubId").GetString()!;
            var paper = Graph.Papers.Single(p => p.PaperId == hubId);
            Assert.Contains("attention", paper.Title, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("/papers/" + hubId, result.GetProperty("hub").GetString());
            Assert.Equal(paper.Authors.Select(a => a.Name), result.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        }
    }

    [Fact]
    public async Task An_id_is_answered_as_itself_without_asking_a_source()
    {
        var paper = Graph.Papers[12];
        var before = SearchRequests();
        var answer = await host.Http.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString("https://arxiv.org/abs/" + paper.ArxivId)}");

        Assert.True(answer.GetProperty("isId").GetBoolean());
        Assert.Equal($"/papers/arXiv:{paper.ArxivId}", answer.GetProperty("exactMatch").GetProperty("hub").GetString());
        Assert.Equal(0, answer.GetProperty("requests").GetInt32());
        Assert.Equal(before, SearchRequests());
    }

    [Theory]
    [InlineData("/api/search", "empty")]
    [InlineData("/api/search?q=%20%20", "empty")]
    [InlineData("/api/search?q=DOI:10.1/x", "not a DOI")]
    [InlineData("/api/search?q=%3F%21%3F", "no words")]
    [InlineData("/api/search?q=attention&limit=0", "limit must be between 1 and 100")]
    [InlineData("/api/search?q=attention&limit=ten", "limit must be a whole number")]
    public async Task Bad_queries_are_a_clear_400(string path, string detail)
    {
        var before = SearchRequests();
        await Problems.AssertProblem(await host.Http.GetAsync(path), HttpStatusCode.BadRequest, detail);
        Assert.Equal(before, SearchRequests());
    }

    [Fact]
    public async Task A_too_long_query_is_a_400()
    {
        var response = await host.Http.GetAsync("/api/search?q=" + new string('a', 301));
        await Problems.AssertProblem(response, HttpStatusCode.BadRequest, "at most 300");
    }

    [Fact]
    public async Task A_source_outage_is_a_503_naming_the_source_and_one_source_down_still_gives_the_others_results()
    {
        // A host of its own: the throttled hosts stay paused for a while, which would slow the other tests.
        await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 100, Seed = 32, HeavyPaperCitations = 0 }));
        await using var silo = await SiloHost.StartAsync(SearchHost.Settings(simulator));

        simulator.Faults.ThrottleFor(TimeSpan.FromMinutes(5), ThrottleScope.OpenAlex);
        var partial = await silo.Http.GetFromJsonAsync<JsonElement>("/api/search?q=attention");
        Assert.NotEmpty(partial.GetProperty("results").EnumerateArray());
        Assert.Contains("OpenAlex", partial.GetProperty("failedSources").GetProperty("openalex").GetString());

        simulator.Faults.ThrottleFor(TimeSpan.FromMinutes(5), ThrottleScope.All);
        await Problems.AssertProblem(await silo.Http.GetAsync("/api/search?q=retrieval"), HttpStatusCode.ServiceUnavailable, "semanticscholar");
        var response = await silo.Http.GetAsync("/api/search?q=retrieval");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 503 for throttled sources says when to come back");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("semanticscholar", problem.GetProperty("title").GetString());
        Assert.Contains("openalex", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("failedSources").TryGetProperty("semanticscholar", out _));
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_search_with_its_parameters_and_problems()
    {
        var document = await host.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operation = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        var names = operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("q", names);
        Assert.Contains("limit", names);
        var responses = operation.GetProperty("responses");
        Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(responses.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(responses.GetProperty("503").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }
}

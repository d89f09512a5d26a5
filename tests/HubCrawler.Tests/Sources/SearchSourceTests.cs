using HubCrawler.Sources;
using HubCrawler.Sources.Caching;
using HubCrawler.Sources.Fetching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HubCrawler.Tests.Sources;

/// <summary>The Semantic Scholar and OpenAlex search adapters over real HTTP against the simulator's search endpoints,
/// and those endpoints' shapes and limits (relevance search at most 100 a page and 1,000 deep; the title match's one
/// paper with its matchScore, or 404 "Title match not found").</summary>
public sealed class SearchSourceTests : IAsyncLifetime
{
    private static readonly TimeSpan Minutes = TimeSpan.FromMinutes(10);
    private SimulatorServer _simulator = null!;
    private readonly List<SemanticScholarBatcher> _batchers = [];
    private SyntheticGraph Graph => _simulator.Graph;

    public async Task InitializeAsync() =>
        _simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 300, Seed = 13, HeavyPaperCitations = 0 }));

    public async Task DisposeAsync()
    {
        foreach (var batcher in _batchers) batcher.Dispose();
        await _simulator.DisposeAsync();
    }

    private static (FetchPipeline Pipeline, CachingFetcher Fetcher) Fetching()
    {
        var options = TestFetching.Options("search");
        options.Throttle = new ThrottleOptions { Base = TimeSpan.FromSeconds(30), Jitter = 0, WaitInline = TimeSpan.Zero };
        var fetching = TestFetching.Create(options);
        return (fetching.Pipeline, fetching.Fetcher);
    }

    private SemanticScholarSource SemanticScholar()
    {
        var (pipeline, fetcher) = Fetching();
        var options = Options.Create(new SemanticScholarOptions { BaseUrl = _simulator.SemanticScholarBaseUrl, RequestsPerSecond = 0, MaxConcurrency = 8 });
        var batcher = new SemanticScholarBatcher(pipeline, options, TimeProvider.System, NullLogger<SemanticScholarBatcher>.Instance);
        _batchers.Add(batcher);
        return new SemanticScholarSource(fetcher, batcher, pipeline.Admit(SemanticScholarOptions.Section, options), TimeProvider.System);
    }

    private OpenAlexSource OpenAlex()
    {
        var (pipeline, fetcher) = Fetching();
        return new OpenAlexSource(fetcher, pipeline.Admit(OpenAlexOptions.Section, Options.Create(new OpenAlexOptions { BaseUrl = _simulator.OpenAlexBaseUrl, RequestsPerSecond = 0, MaxConcurrency = 8 })));
    }

    /// <summary>The papers whose titles hold every word of <paramref name="words"/>, computed here from the graph.</summary>
    private HashSet<string> Expected(string words)
    {
        var wanted = words.ToLowerInvariant().Split(' ');
        return Graph.Papers.Where(p => wanted.All(w => p.Title.ToLowerInvariant().Replace(":", "").Split(' ').Contains(w))).Select(p => p.PaperId).ToHashSet();
    }

    [Fact]
    public async Task Semantic_Scholar_relevance_search_finds_the_papers_by_their_title_words_in_one_request_then_from_the_cache()
    {
        var source = SemanticScholar();
        var expected = Expected("scalable attention");
        Assert.NotEmpty(expected);

        var first = await source.SearchAsync("Scalable  Attention", 100, Minutes);

        Assert.True(first.IsSuccess, first.Message);
        Assert.Equal(expected.Take(100).Count(), first.Value!.Count);
        Assert.All(first.Value, f => Assert.Contains(f.Metadata.PaperId, expected));
        var found = first.Value[0];
        var paper = Graph.Papers.Single(p => p.PaperId == found.Metadata.PaperId);
        Assert.Equal((paper.Title, paper.Year), (found.Metadata.Title, found.Metadata.Year));
        Assert.Equal(paper.Authors.Select(a => a.Name), found.Metadata.Authors);
        Assert.Equal(paper.Doi, found.Ids[PaperIdScheme.Doi]!.Value);
        Assert.Equal(1, first.Requests);
        Assert.Equal(1, first.RequestsByKind["semanticscholar/search"]);

        var again = await source.SearchAsync("Scalable  Attention", 100, Minutes);
        Assert.True(again.IsSuccess, again.Message);
        Assert.Equal(0, again.Requests);
        Assert.Equal(first.Value.Select(f => f.Metadata.PaperId), again.Value!.Select(f => f.Metadata.PaperId));
        Assert.Single(_simulator.RequestLog.Snapshot(), r => r.Kind == SimRequestKinds.Search);
    }

    [Fact]
    public async Task The_title_match_gives_the_one_paper_with_its_score_or_says_title_match_not_found()
    {
        var paper = Graph.Papers[42];
        var source = SemanticScholar();

        var match = await source.MatchTitleAsync(paper.Title.ToUpperInvariant(), Minutes);
        Assert.True(match.IsSuccess, match.Message);
        Assert.Equal(Graph.Papers.First(p => string.Equals(p.Title, paper.Title, StringComparison.OrdinalIgnoreCase)).PaperId, match.Value!.Metadata.PaperId);

        var none = await source.MatchTitleAsync("zebra quokka marmalade", Minutes);
        Assert.Equal(SourceErrorKind.NotFound, none.Error);
        Assert.Contains("Title match not found", none.Message);

        using var http = new HttpClient();
        var body = await http.GetFromJsonAsync<JsonElement>($"{_simulator.SemanticScholarBaseUrl}/paper/search/match?query={Uri.EscapeDataString(paper.Title)}&fields=title");
        var data = Assert.Single(body.GetProperty("data").EnumerateArray());
        Assert.True(data.GetProperty("matchScore").GetDouble() > 0);
        Assert.Equal(paper.Title, data.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("limit=101", "limit parameter must be between 1 and 100")]
    [InlineData("limit=100&offset=901", "sum of offset and limit must be <= 1000")]
    [InlineData("limit=10&fields=embedding", "Unrecognized or unsupported fields")]
    [InlineData("", "Missing required parameter")]
    public async Task The_simulated_relevance_search_enforces_the_real_limits(string parameters, string error)
    {
        using var http = new HttpClient();
        var query = parameters.Length == 0 ? "" : "query=attention&" + parameters;
        var response = await http.GetAsync($"{_simulator.SemanticScholarBaseUrl}/paper/search?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(error, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_simulated_relevance_search_pages_with_total_offset_and_next_until_the_last_page()
    {
        using var http = new HttpClient();
        var expected = Expected("attention").Count;
        var first = await http.GetFromJsonAsync<JsonElement>($"{_simulator.SemanticScholarBaseUrl}/paper/search?query=attention&limit=5");
        Assert.Equal(expected, first.GetProperty("total").GetInt32());
        Assert.Equal(0, first.GetProperty("offset").GetInt32());
        Assert.Equal(5, first.GetProperty("next").GetInt32());
        Assert.Equal(5, first.GetProperty("data").GetArrayLength());
        var last = await http.GetFromJsonAsync<JsonElement>($"{_simulator.SemanticScholarBaseUrl}/paper/search?query=attention&limit=5&offset={expected - 2}");
        Assert.False(last.TryGetProperty("next", out _));
        Assert.Equal(2, last.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task OpenAlex_search_finds_the_works_by_title_words_in_one_request()
    {
        var expected = Expected("scalable attention");
        var result = await OpenAlex().SearchAsync("scalable attention", 25, Minutes);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(Math.Min(25, expected.Count), result.Value!.Count);
        Assert.All(result.Value, f => Assert.StartsWith("OpenAlex:W", f.Metadata.PaperId));
        var dois = Graph.Papers.Where(p => expected.Contains(p.PaperId)).Select(p => p.Doi).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(result.Value, f => Assert.True(f.Ids[PaperIdScheme.Doi] is { } doi ? dois.Contains(doi.Value) : f.Ids[PaperIdScheme.ArXiv] is not null));
        var request = Assert.Single(_simulator.RequestLog.Snapshot(), r => r.Kind == SimRequestKinds.OpenAlexSearch);
        Assert.Contains("per-page=25", request.Query);
    }

    [Fact]
    public async Task A_throttled_search_is_a_throttled_result_naming_the_source_not_an_empty_list()
    {
        _simulator.Faults.ThrottleFor(TimeSpan.FromMinutes(1), ThrottleScope.All);

        var s2 = await SemanticScholar().SearchAsync("attention", 10, Minutes);
        var openAlex = await OpenAlex().SearchAsync("attention", 10, Minutes);

        Assert.Equal(SourceErrorKind.Throttled, s2.Error);
        Assert.Contains("Semantic Scholar", s2.Message);
        Assert.Equal(SourceErrorKind.Throttled, openAlex.Error);
        Assert.Contains("OpenAlex", openAlex.Message);
        Assert.Null(s2.Value);
    }

    [Fact]
    public async Task A_search_that_keeps_failing_with_server_errors_fails_naming_the_source()
    {
        _simulator.Faults.ServerErrorRate = 1.0;

        var s2 = await SemanticScholar().SearchAsync("retrieval", 10, Minutes);

        Assert.False(s2.IsSuccess);
        Assert.Contains(s2.Error, new[] { SourceErrorKind.Unavailable, SourceErrorKind.Throttled });
        Assert.Contains("Semantic Scholar search for 'retrieval'", s2.Message);
        Assert.True(s2.Requests >= 1);
    }
}

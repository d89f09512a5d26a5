using Microsoft.Extensions.Time.Testing;

namespace HubCrawler.Tests.Simulator;

/// <summary>OpenAlex's per-page rules and its daily credit budget with the X-RateLimit-* headers, on a fake clock.</summary>
public sealed class SimulatorOpenAlexLimitsTests() : SimulatorOverHttp(SharedGraph)
{
    private static readonly DateTimeOffset HourToMidnight = new(2026, 3, 1, 23, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<SyntheticGraph> SharedGraph = new(() =>
        SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 200, Seed = 9, HeavyPaperCitations = 400 }));

    private readonly FakeTimeProvider _clock = new(HourToMidnight);

    private SimPaper Heavy => Server.Graph.Papers[Server.Graph.HeavyPaperIndex!.Value];

    private string ListUrl => $"{Server.OpenAlexBaseUrl}/works?filter=cites:{Heavy.OpenAlexId}&select=id";

    private string WorkUrl => $"{Server.OpenAlexBaseUrl}/works/{Heavy.OpenAlexId}";

    protected override SimulatorFaults CreateFaults() => new(_clock);

    [Theory]
    [InlineData("per-page=100", 100)]
    [InlineData("per-page=101", 101)]
    [InlineData("per-page=150", 150)]
    [InlineData("per_page=200", 200)]
    [InlineData("per-page=200", 200)]
    public async Task PerPage_UpTo200IsServed_ThoughOnly100IsDocumented(string query, int expected)
    {
        using var response = await Http.GetAsync($"{ListUrl}&{query}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, json.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(expected, json.RootElement.GetProperty("meta").GetProperty("per_page").GetInt32());
        Assert.Equal(100, OpenAlexLimits.DocumentedMaxPerPage);
    }

    [Theory]
    [InlineData("per-page=201")]
    [InlineData("per-page=1000")]
    [InlineData("per_page=201")]
    public async Task PerPage_Over200_Answers400(string query)
    {
        using var response = await Http.GetAsync($"{ListUrl}&{query}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("200", json.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Budget_HeadersCountDown_ListCallsCostOne_LookupsAreFree()
    {
        Server.Faults.OpenAlexDailyBudget = 3;

        using var first = await Http.GetAsync(ListUrl);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((3, 2, 1, 3600), RateLimit(first));

        using var lookup = await Http.GetAsync(WorkUrl);
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        Assert.Equal((3, 2, 0, 3600), RateLimit(lookup));

        using var byDoi = await Http.GetAsync($"{Server.OpenAlexBaseUrl}/works/doi:{Heavy.Doi}");
        Assert.Equal((3, 2, 0, 3600), RateLimit(byDoi));

        _clock.Advance(TimeSpan.FromMinutes(10));
        using var second = await Http.GetAsync(ListUrl + "&cursor=*");
        Assert.Equal((3, 1, 1, 3000), RateLimit(second));
        using var third = await Http.GetAsync(ListUrl + "&page=2");
        Assert.Equal((3, 0, 1, 3000), RateLimit(third));
        Assert.Equal(3, Server.Faults.OpenAlexCreditsUsedToday);
    }

    [Fact]
    public async Task Budget_Spent_ListCallsGet429WithRetryAfterToMidnight_LookupsGoOn_ThenItResets()
    {
        Server.Faults.OpenAlexDailyBudget = 1;
        Server.Faults.RetryAfterSeconds = 7;
        using (var spend = await Http.GetAsync(ListUrl))
        {
            Assert.Equal(HttpStatusCode.OK, spend.StatusCode);
        }

        _clock.Advance(TimeSpan.FromMinutes(30).Add(TimeSpan.FromMilliseconds(500)));
        using var refused = await Http.GetAsync(ListUrl);
        using var refusedJson = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1800), refused.Headers.RetryAfter?.Delta);
        Assert.Equal((1, 0, 0, 1800), RateLimit(refused));
        Assert.Equal("application/json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Rate limit exceeded", refusedJson.RootElement.GetProperty("error").GetString());
        Assert.False(string.IsNullOrWhiteSpace(refusedJson.RootElement.GetProperty("message").GetString()));
        var logged = Server.RequestLog.Snapshot()[^1];
        Assert.Equal((429, SimRequestKinds.OpenAlexList, SimThrottleCauses.Budget), (logged.Status, logged.Kind, logged.ThrottledBy));

        using (var lookup = await Http.GetAsync(WorkUrl))
        {
            Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
            Assert.Equal((1, 0, 0, 1800), RateLimit(lookup));
        }

        using (var semanticScholar = await Http.GetAsync($"{Server.SemanticScholarBaseUrl}/paper/{Heavy.PaperId}"))
        {
            Assert.Equal(HttpStatusCode.OK, semanticScholar.StatusCode);
            Assert.False(semanticScholar.Headers.Contains("X-RateLimit-Limit"));
        }

        _clock.Advance(TimeSpan.FromSeconds(1800));
        using var nextDay = await Http.GetAsync(ListUrl);
        Assert.Equal(HttpStatusCode.OK, nextDay.StatusCode);
        Assert.Equal((1, 0, 1, 86400), RateLimit(nextDay));
    }

    [Fact]
    public async Task Budget_HeadersAlsoOnRefusedRequests_AndNotSentWithoutABudget()
    {
        using (var unlimited = await Http.GetAsync(ListUrl))
        {
            Assert.Equal(HttpStatusCode.OK, unlimited.StatusCode);
            Assert.False(unlimited.Headers.Contains("X-RateLimit-Remaining"));
        }

        Server.Faults.OpenAlexDailyBudget = 5;
        Server.Faults.RequiredApiKey = "sekret";
        using var forbidden = await Http.GetAsync(ListUrl);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal((5, 4, 0, 3600), RateLimit(forbidden));

        Server.Faults.RequiredApiKey = null;
        Server.Faults.ThrottleFor(TimeSpan.FromSeconds(10), ThrottleScope.OpenAlex);
        using var throttled = await Http.GetAsync(ListUrl);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Null(throttled.Headers.RetryAfter);
        Assert.Equal((5, 4, 0, 3600), RateLimit(throttled));

        Server.Faults.Reset();
        Assert.Null(Server.Faults.OpenAlexDailyBudget);
        Assert.Equal(0, Server.Faults.OpenAlexCreditsUsedToday);
    }

    private static (long Limit, long Remaining, long CreditsUsed, long Reset) RateLimit(HttpResponseMessage response)
    {
        long Header(string name) => long.Parse(response.Headers.GetValues(name).Single(), System.Globalization.CultureInfo.InvariantCulture);
        return (Header("X-RateLimit-Limit"), Header("X-RateLimit-Remaining"), Header("X-RateLimit-Credits-Used"), Header("X-RateLimit-Reset"));
    }
}

namespace HubCrawler.Tests.Security;

/// <summary>Crawls need the API key; every client has a request budget.</summary>
public sealed class AccessControlTests() : SimulatedSilo(new SyntheticGraphOptions { Papers = 50, Seed = 47, HeavyPaperCitations = 0 })
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings(SimulatorServer simulator) => new Dictionary<string, string?>
    {
        ["Api:Key"] = "s3cret-key",
        ["Api:ReadsPerMinute"] = "40",
        ["Api:WritesPerMinute"] = "10",
    };

    private object Crawl => new { seeds = new[] { Simulator.Graph.Papers[1].PaperId }, depth = 0, maxPapers = 1 };

    [Fact]
    public async Task Starting_or_cancelling_a_crawl_needs_the_key_and_reads_do_not()
    {
        var anonymous = await Silo.Http.PostAsJsonAsync("/api/crawls", Crawl);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("X-Api-Key", (await anonymous.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("detail").GetString());

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/crawls") { Content = JsonContent.Create(Crawl) };
        wrong.Headers.Add("X-Api-Key", "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Silo.Http.SendAsync(wrong)).StatusCode);

        using var keyed = new HttpRequestMessage(HttpMethod.Post, "/api/crawls") { Content = JsonContent.Create(Crawl) };
        keyed.Headers.Add("X-Api-Key", "s3cret-key");
        var started = await Silo.Http.SendAsync(keyed);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Silo.Http.DeleteAsync(started.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Silo.Http.GetAsync(started.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Silo.Http.GetAsync($"/api/papers/{Simulator.Graph.Papers[2].PaperId}")).StatusCode);
    }

    [Fact]
    public async Task A_client_past_its_budget_gets_429_with_retry_after()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 60; i++)
        {
            var response = await Silo.Http.GetAsync("/health");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited ??= response;
        }
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) <= 40);
        Assert.NotNull(limited);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
    }
}

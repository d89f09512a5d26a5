using System.Net;
using System.Net.Http.Json;
using HubCrawler.Simulator;
using HubCrawler.Tests.Infrastructure;

namespace HubCrawler.Tests.Security;

/// <summary>Crawls need the API key; every client has a request budget.</summary>
public sealed class AccessControlTests : IAsyncLifetime
{
    private SimulatorServer _simulator = null!;
    private SiloHost _silo = null!;

    public async Task InitializeAsync()
    {
        _simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 50, Seed = 47, HeavyPaperCitations = 0 }));
        var settings = SiloHost.Settings(_simulator.SemanticScholarBaseUrl, "Memory");
        settings["Api:Key"] = "s3cret-key";
        settings["Api:ReadsPerMinute"] = "40";
        settings["Api:WritesPerMinute"] = "10";
        _silo = await SiloHost.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        await _simulator.DisposeAsync();
    }

    private object Crawl => new { seeds = new[] { _simulator.Graph.Papers[1].PaperId }, depth = 0, maxPapers = 1 };

    [Fact]
    public async Task Starting_or_cancelling_a_crawl_needs_the_key_and_reads_do_not()
    {
        var anonymous = await _silo.Http.PostAsJsonAsync("/api/crawls", Crawl);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("X-Api-Key", (await anonymous.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("detail").GetString());

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/crawls") { Content = JsonContent.Create(Crawl) };
        wrong.Headers.Add("X-Api-Key", "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _silo.Http.SendAsync(wrong)).StatusCode);

        using var keyed = new HttpRequestMessage(HttpMethod.Post, "/api/crawls") { Content = JsonContent.Create(Crawl) };
        keyed.Headers.Add("X-Api-Key", "s3cret-key");
        var started = await _silo.Http.SendAsync(keyed);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _silo.Http.DeleteAsync(started.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _silo.Http.GetAsync(started.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _silo.Http.GetAsync($"/api/papers/{_simulator.Graph.Papers[2].PaperId}")).StatusCode);
    }

    [Fact]
    public async Task A_client_past_its_budget_gets_429_with_retry_after()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 60; i++)
        {
            var response = await _silo.Http.GetAsync("/health");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited ??= response;
        }
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) <= 40);
        Assert.NotNull(limited);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
    }
}

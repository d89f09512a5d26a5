namespace HubCrawler.Tests.Api;

/// <summary>The separate front end: the same endpoints, served by an Orleans client through a silo's gateway.</summary>
public sealed class ClientFrontEndTests
{
    [Fact]
    public async Task The_front_end_serves_hubs_pages_and_readiness_through_the_gateway_and_reports_a_lost_cluster()
    {
        await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 60, Seed = 7, HeavyPaperCitations = 0 }));
        var settings = SiloHost.Settings(simulator.SemanticScholarBaseUrl, "Memory");
        SiloHost? silo = await SiloHost.StartAsync(settings);
        try
        {
            await using var frontEnd = await ClientFrontEnd.StartAsync(settings);
            var paper = simulator.Graph.Papers[12];

            var hub = await frontEnd.Http.GetFromJsonAsync<JsonElement>($"/api/papers/arXiv:{paper.ArxivId}");
            Assert.Equal(paper.PaperId, hub.GetProperty("paperId").GetString());
            Assert.Equal(paper.Title, hub.GetProperty("metadata").GetProperty("title").GetString());

            var page = await frontEnd.Http.GetAsync($"/papers/{paper.PaperId}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains(WebUtility.HtmlEncode(paper.Title), await page.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.OK, (await frontEnd.Http.GetAsync("/ready")).StatusCode);
            var document = await frontEnd.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
            Assert.True(document.GetProperty("paths").TryGetProperty("/api/crawls/{jobId}/export", out _));
            await Problems.AssertProblem(await frontEnd.Http.GetAsync("/api/papers/nonsense"), HttpStatusCode.BadRequest, "not a paper id");

            await silo.DisposeAsync();
            silo = null;
            await Problems.AssertProblem(await frontEnd.Http.GetAsync("/ready"), HttpStatusCode.ServiceUnavailable, "cluster did not answer");
            Assert.Equal(HttpStatusCode.OK, (await frontEnd.Http.GetAsync("/health")).StatusCode);
        }
        finally
        {
            if (silo is not null) await silo.DisposeAsync();
        }
    }
}

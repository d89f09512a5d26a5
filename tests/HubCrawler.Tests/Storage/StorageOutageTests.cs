using Xunit.Abstractions;

namespace HubCrawler.Tests.Storage;

/// <summary>Azure Storage (Azurite) goes away in the middle of a crawl and comes back.</summary>
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_crawl_pauses_through_a_storage_outage_and_completes_with_every_hub_whole()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 800, Seed = 43, HeavyPaperCitations = 0 }));
        var settings = SiloHost.Settings(simulator.SemanticScholarBaseUrl, "AzureBlob", azurite.ConnectionString);
        settings["Crawl:CheckpointInterval"] = "00:00:01";
        simulator.Faults.LatencyMs = 20;
        await using var silo = await SiloHost.StartAsync(settings);
        var graph = simulator.Graph;
        var expected = graph.Reachable([0, 1], 5);

        var started = await silo.Http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { graph.Papers[0].PaperId, graph.Papers[1].PaperId }, depth = 5, maxPapers = 100_000 });
        var location = started.Headers.Location!.ToString();
        await CrawlPolling.WaitUntil(silo.Http, location, s => s.GetProperty("fetched").GetInt32() >= expected.Count / 4, TimeSpan.FromMinutes(4));

        await azurite.StopAsync();
        var during = await silo.Http.GetFromJsonAsync<JsonElement>(location);
        // The outage itself: storage stays down five seconds whatever the crawl does (fault injection, not a wait for an event).
        await Task.Delay(TimeSpan.FromSeconds(5));
        var paused = await silo.Http.GetFromJsonAsync<JsonElement>(location);
        output.WriteLine($"storage down: fetched {during.GetProperty("fetched")} → {paused.GetProperty("fetched")} five seconds later");
        await azurite.RestartAsync();

        var done = await CrawlPolling.WaitUntilDone(silo.Http, location, TimeSpan.FromMinutes(4));
        Assert.Equal(expected.Count, done.GetProperty("discovered").GetInt32());
        Assert.Equal(0, done.GetProperty("failed").GetInt32());
        Assert.Equal(0, done.GetProperty("pending").GetInt32());
        simulator.Faults.LatencyMs = 0;

        // Every hub is whole in storage: a new silo on the same storage serves each without the source.
        simulator.RequestLog.Clear();
        settings["Orleans:SiloPort"] = FreePort.Next().ToString();
        settings["Orleans:GatewayPort"] = FreePort.Next().ToString();
        await silo.DisposeAsync();
        await using var fresh = await SiloHost.StartAsync(settings);
        foreach (var index in expected)
        {
            var hub = await fresh.Http.GetFromJsonAsync<JsonElement>($"/api/papers/{graph.Papers[index].PaperId}");
            Assert.Equal(graph.CitationsOf(index).Count, hub.GetProperty("summary").GetProperty("totalCitations").GetInt32());
        }
        Assert.Equal(0, simulator.RequestLog.Count);
    }
}

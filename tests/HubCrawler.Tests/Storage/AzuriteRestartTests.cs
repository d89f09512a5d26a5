using Azure.Storage.Blobs;

namespace HubCrawler.Tests.Storage;

/// <summary>Grain state in Azure Blob storage (a real Azurite): a crawl's hubs and job outlive the silo.</summary>
public sealed class AzuriteRestartTests : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;
    private SimulatorServer _simulator = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        _simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 300, Seed = 9, HeavyPaperCitations = 0 }));
    }

    public async Task DisposeAsync()
    {
        await _simulator.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Hubs_and_jobs_survive_a_silo_restart_without_touching_the_source_again()
    {
        var graph = _simulator.Graph;
        var seed = graph.Papers[20];
        var settings = SiloHost.Settings(_simulator.SemanticScholarBaseUrl, "AzureBlob", _azurite.ConnectionString);
        string location;
        JsonElement before;
        JsonElement hubBefore;

        await using (var silo = await SiloHost.StartAsync(settings))
        {
            var started = await silo.Http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { "arXiv:" + seed.ArxivId }, depth = 2, maxPapers = 1000 });
            location = started.Headers.Location!.ToString();
            before = await CrawlPolling.WaitUntilDone(silo.Http, location, TimeSpan.FromSeconds(60));
            hubBefore = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/papers/{seed.PaperId}");
        }

        // The state is really in blob storage, not only in the silo's memory.
        var container = new BlobServiceClient(_azurite.ConnectionString).GetBlobContainerClient("hubcrawler-grains");
        var blobs = new List<string>();
        await foreach (var blob in container.GetBlobsAsync()) blobs.Add(blob.Name);
        Assert.Contains(blobs, b => b.Contains(seed.PaperId));

        _simulator.RequestLog.Clear();
        await using (var silo = await SiloHost.StartAsync(WithNewPorts(settings)))
        {
            var after = await silo.Http.GetFromJsonAsync<JsonElement>(location);
            Assert.True(after.GetProperty("done").GetBoolean());
            Assert.Equal(before.GetProperty("discovered").GetInt32(), after.GetProperty("discovered").GetInt32());
            Assert.Equal(before.GetProperty("fetched").GetInt32(), after.GetProperty("fetched").GetInt32());

            // Looked up by an alias resolved before the restart, and by its canonical id.
            var byArxiv = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/papers/arXiv:{seed.ArxivId}");
            Assert.Equal(hubBefore.GetProperty("summary").GetRawText(), byArxiv.GetProperty("summary").GetRawText());
            Assert.Equal(hubBefore.GetProperty("fetchedAt").GetString(), byArxiv.GetProperty("fetchedAt").GetString());
            foreach (var index in graph.Reachable([seed.Index], 2))
                Assert.Equal(HttpStatusCode.OK, (await silo.Http.GetAsync($"/api/papers/{graph.Papers[index].PaperId}")).StatusCode);
        }
        Assert.Equal(0, _simulator.RequestLog.Count);
    }

    // A fresh silo process would bind the same ports; in one test process the old sockets may linger.
    private static Dictionary<string, string?> WithNewPorts(Dictionary<string, string?> settings) => new(settings)
    {
        ["Orleans:SiloPort"] = FreePort.Next().ToString(),
        ["Orleans:GatewayPort"] = FreePort.Next().ToString(),
    };
}

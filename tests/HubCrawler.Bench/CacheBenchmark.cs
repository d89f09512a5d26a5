using System.Diagnostics;
using Azure.Storage.Blobs;

namespace HubCrawler.Bench;

/// <summary>The cache's figures: what a re-crawl costs, lookup latency hot / warm / cold, single
/// flight, and the layout of a heavily cited paper. Real parts throughout: Azurite, the simulator
/// over HTTP, the single-machine host over HTTP.</summary>
public sealed class CacheBenchmark(int papers, int lookups, Action<string> log)
{
    public async Task<Dictionary<string, object>> RunAsync()
    {
        var results = new Dictionary<string, object>();
        results["recrawl"] = await Recrawl();
        foreach (var (name, value) in await Lookups()) results[name] = value;
        return results;
    }

    /// <summary>Three crawls of one graph with every hub refreshed on every visit: metadata in batches (which have
    /// no conditional form), citation pages asked about conditionally with the validators the hubs keep (Semantic
    /// Scholar's documents are not cached by default; the time to live below matters only with CacheDocuments).</summary>
    private async Task<object> Recrawl()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = papers, Seed = 17, HeavyPaperCitations = 0 }));
        var settings = Settings(simulator, azurite);
        settings["Crawl:Freshness"] = "00:00:00";
        settings["Sources:SemanticScholar:CacheTimeToLive"] = "00:00:00";
        await using var silo = await SiloHost.StartAsync(settings);
        var seeds = new[] { 0, 1, 2 }.Select(i => simulator.Graph.Papers[i].PaperId).ToArray();

        var runs = new List<object>();
        for (var run = 1; run <= 3; run++)
        {
            if (run == 3)
                for (var i = 10; i < 20; i++) simulator.Revisions.Revise(i);
            simulator.RequestLog.Clear();
            var watch = Stopwatch.StartNew();
            var status = await Crawl(silo.Http, seeds, depth: 4);
            var requests = simulator.RequestLog.Snapshot();
            var figures = new
            {
                run = run == 1 ? "first crawl" : run == 2 ? "re-crawl, unchanged" : "re-crawl, 10 papers changed",
                papers = status.GetProperty("discovered").GetInt32(),
                seconds = Math.Round(watch.Elapsed.TotalSeconds, 2),
                requests = requests.Count,
                fullResponses = requests.Count(r => r.Status == 200),
                batches = requests.Count(r => r.Kind == SimRequestKinds.Batch),
                citationPages = requests.Count(r => r.Kind == SimRequestKinds.Citations),
                notModified = requests.Count(r => r.Status == 304),
                bodyBytes = requests.Sum(r => r.ResponseBytes),
                papersFetched = status.GetProperty("fetched").GetInt32(),
                papersRevalidated = status.GetProperty("revalidated").GetInt32(),
            };
            log($"  {figures}");
            runs.Add(figures);
        }
        return runs;
    }

    private async Task<List<(string, object)>> Lookups()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = papers, Seed = 29, HeavyPaperCitations = 20_000 }));
        var settings = Settings(simulator, azurite);
        var ids = Enumerable.Range(1, lookups).Select(i => simulator.Graph.Papers[i].PaperId).ToList();
        var results = new List<(string, object)>();
        var cold = new Latencies();
        var hot = new Latencies();
        var warm = new Latencies();
        var heavy = simulator.Graph.Papers[0];

        await using (var silo = await SiloHost.StartAsync(settings))
        {
            foreach (var id in ids) await cold.Time(() => Get(silo.Http, $"/api/papers/{id}"));
            for (var round = 0; round < 5; round++)
                foreach (var id in ids) await hot.Time(() => Get(silo.Http, $"/api/papers/{id}"));

            var missing = simulator.Graph.Papers[lookups + 1];
            simulator.RequestLog.Clear();
            simulator.Faults.LatencyMs = 50;
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Get(silo.Http, $"/api/papers/{missing.PaperId}")));
            simulator.Faults.LatencyMs = 0;
            results.Add(("singleFlight", new
            {
                concurrentLookups = 1000,
                sourceRequests = simulator.RequestLog.Snapshot().Count(r => r.PaperId == missing.PaperId),
                seconds = Math.Round(watch.Elapsed.TotalSeconds, 2),
            }));

            simulator.RequestLog.Clear();
            watch.Restart();
            var hub = await Get(silo.Http, $"/api/papers/{heavy.PaperId}");
            var fetchSeconds = watch.Elapsed.TotalSeconds;
            var heavyRequests = simulator.RequestLog.Count;
            watch.Restart();
            var pages = 0;
            var seen = 0;
            string? next = $"/api/papers/{heavy.PaperId}/citations?limit=1000";
            while (next is not null)
            {
                var page = await Get(silo.Http, next);
                seen += page.GetProperty("items").GetArrayLength();
                pages++;
                next = page.TryGetProperty("next", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            }
            var blobs = new BlobServiceClient(azurite.ConnectionString);
            results.Add(("heavyPaper", new
            {
                citations = hub.GetProperty("citationsStored").GetInt32(),
                firstLookupSeconds = Math.Round(fetchSeconds, 2),
                sourceRequests = heavyRequests,
                explorerPages = pages,
                explorerCitations = seen,
                explorerSeconds = Math.Round(watch.Elapsed.TotalSeconds, 2),
                grainStateBytes = await BlobBytes(blobs, "hubcrawler-grains", b => b.Contains(heavy.PaperId)),
                citationPageBytes = await BlobBytes(blobs, "hubcrawler-citations", b => b.StartsWith(heavy.PaperId, StringComparison.Ordinal)),
                // Paper 1 is among the most cited papers below the inline limit: the largest grain states.
                paper1Citations = simulator.Graph.CitationsOf(1).Count,
                paper1StateBytes = await BlobBytes(blobs, "hubcrawler-grains", b => b.Contains(ids[0])),
            }));
        }

        simulator.RequestLog.Clear();
        await using (var silo = await SiloHost.StartAsync(WithNewPorts(settings)))
        {
            foreach (var id in ids) await warm.Time(() => Get(silo.Http, $"/api/papers/{id}"));
        }
        results.Add(("lookupLatency", new { cold = cold.Summary(), warm = warm.Summary(), hot = hot.Summary(), warmSourceRequests = simulator.RequestLog.Count }));
        return results;
    }

    private static Dictionary<string, string?> Settings(SimulatorServer simulator, AzuriteServer azurite)
    {
        var settings = SiloHost.Settings(simulator.SemanticScholarBaseUrl, "AzureBlob", azurite.ConnectionString);
        settings["Sources:SemanticScholar:PageSize"] = "500";
        settings["Sources:SemanticScholar:MaxConcurrency"] = "64";
        settings["Logging:LogLevel:Default"] = "Error";
        return settings;
    }

    private static Dictionary<string, string?> WithNewPorts(Dictionary<string, string?> settings) => new(settings)
    {
        ["Orleans:SiloPort"] = FreePort.Next().ToString(),
        ["Orleans:GatewayPort"] = FreePort.Next().ToString(),
    };

    private static async Task<JsonElement> Crawl(HttpClient http, string[] seeds, int depth)
    {
        var started = await http.PostAsJsonAsync("/api/crawls", new { seeds, depth, maxPapers = 1_000_000 });
        started.EnsureSuccessStatusCode();
        var location = started.Headers.Location!.ToString();
        while (true)
        {
            var status = await Get(http, location);
            if (status.GetProperty("done").GetBoolean()) return status;
            await Task.Delay(100);
        }
    }

    private static async Task<JsonElement> Get(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<long> BlobBytes(BlobServiceClient blobs, string container, Func<string, bool> match)
    {
        long bytes = 0;
        await foreach (var blob in blobs.GetBlobContainerClient(container).GetBlobsAsync())
            if (match(blob.Name)) bytes += blob.Properties.ContentLength ?? 0;
        return bytes;
    }
}

using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace HubCrawler.Tests.Storage;

/// <summary>A crawl on slow blob storage: every storage request the silo sends waits 40 ms (± 10 ms) in a proxy
/// that counts them.</summary>
public sealed class SlowStorageCrawlTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_crawl_completes_whole_when_every_storage_request_takes_forty_milliseconds()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var proxy = await StorageProxy.StartAsync(azurite);
        await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 1500, Seed = 61, HeavyPaperCitations = 0 }));
        var graph = simulator.Graph;
        var expected = graph.Reachable([0], 3);
        var settings = SiloHost.Settings(simulator.SemanticScholarBaseUrl, "AzureBlob", proxy.ConnectionString);
        // Information is kept in memory (printed if the crawl does not finish); the console still shows warnings only.
        settings["Logging:LogLevel:Default"] = "Information";
        settings["Logging:LogLevel:Polly"] = "Warning";
        settings["Logging:Console:LogLevel:Default"] = "Warning";
        proxy.Latency = TimeSpan.FromMilliseconds(40);
        proxy.Jitter = TimeSpan.FromMilliseconds(10);

        await using var silo = await SiloHost.StartAsync(settings);
        var logs = new LogCapture();
        silo.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        var startup = proxy.Snapshot();
        proxy.Reset();

        var clock = Stopwatch.StartNew();
        var started = await silo.Http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { graph.Papers[0].PaperId }, depth = 3, maxPapers = 100_000 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        JsonElement done;
        try
        {
            done = await CrawlPolling.WaitUntilDone(silo.Http, location, TimeSpan.FromMinutes(3));
        }
        catch (TimeoutException timeout)
        {
            output.WriteLine($"not done after {clock.Elapsed}: {timeout.Message}");
            Report(proxy.Snapshot(), logs);
            throw;
        }
        var crawlTime = clock.Elapsed;
        var crawled = proxy.Snapshot();

        output.WriteLine($"{expected.Count} papers reachable; crawl done in {crawlTime.TotalSeconds:F1} s with storage at {proxy.Latency.TotalMilliseconds} ms ± {proxy.Jitter.TotalMilliseconds} ms");
        output.WriteLine($"status: discovered {done.GetProperty("discovered")}, fetched {done.GetProperty("fetched")}, failed {done.GetProperty("failed")}, pending {done.GetProperty("pending")}, visitRetries {done.GetProperty("visitRetries")}");
        output.WriteLine("spend: " + done.GetProperty("spend").GetRawText());
        output.WriteLine($"silo start-up before the crawl: {startup.Requests} storage requests (writes {startup.Writes}, reads {startup.Reads})");
        var fetched = Math.Max(1, done.GetProperty("fetched").GetInt32());
        foreach (var (container, writes) in crawled.WritesByContainer)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {container}: {writes} writes = {(double)writes / fetched:F2} a fetched paper"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  all: {crawled.Writes} writes = {(double)crawled.Writes / fetched:F2} a fetched paper, {crawled.Reads} reads = {(double)crawled.Reads / fetched:F2} a fetched paper"));
        var spend = done.GetProperty("spend");
        output.WriteLine($"the crawl's own count (spend.paperWrites + spend.crawlWrites): {spend.GetProperty("paperWrites").GetInt64() + spend.GetProperty("crawlWrites").GetInt64()}; " +
            $"the proxy's writes outside the document cache: {crawled.Writes - crawled.WritesByContainer.GetValueOrDefault("hubcrawler-cache")}");
        output.WriteLine(crawled.Describe());

        Assert.Equal(expected.Count, done.GetProperty("discovered").GetInt32());
        Assert.Equal(0, done.GetProperty("failed").GetInt32());
        Assert.Equal(0, done.GetProperty("pending").GetInt32());

        // Every hub answers, still through slow storage: a sample of 100 reachable papers.
        var shuffled = expected.Order().ToArray();
        new Random(61).Shuffle(shuffled);
        var sample = shuffled.Take(100).ToList();
        foreach (var index in sample)
        {
            var hub = await silo.Http.GetAsync($"/api/papers/{graph.Papers[index].PaperId}");
            Assert.True(hub.StatusCode == HttpStatusCode.OK, $"paper {index} ({graph.Papers[index].PaperId}): {hub.StatusCode}");
        }
        output.WriteLine($"{sample.Count} hubs checked; whole test {clock.Elapsed.TotalSeconds:F1} s; silo log lines by level: " +
            string.Join(", ", logs.ByLevel.OrderBy(l => l.Key).Select(l => $"{l.Key} {l.Value}")));
    }

    private void Report(StorageProxyCounts counts, LogCapture logs)
    {
        output.WriteLine(counts.Describe());
        output.WriteLine("silo log lines by level: " + string.Join(", ", logs.ByLevel.OrderBy(l => l.Key).Select(l => $"{l.Key} {l.Value}")));
        foreach (var line in logs.Lines.TakeLast(300)) output.WriteLine(line);
    }
}

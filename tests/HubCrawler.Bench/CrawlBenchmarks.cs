namespace HubCrawler.Bench;

/// <summary>Issue 6's crawl figures: HubCrawler beside Crawlee on the same simulated hub pages, the latency-bound
/// crawl, scale, and cluster scaling. Every HubCrawler crawl is checked against the simulator's oracle.</summary>
public sealed class CrawlBenchmarks(Action<string> log)
{
    /// <summary>HubCrawler's largest crawl depth (CrawlRequest.MaxDepth); on these graphs it reaches the seed's whole
    /// closure (checked: <see cref="Closure"/>), which Crawlee, without a depth limit, crawls too.</summary>
    public const int FullDepth = 10;

    /// <summary>Crawlee's depth: no limit (its queue is not breadth-first, so a depth limit would cut other pages).</summary>
    public const int Unlimited = 1000;

    /// <summary>Concurrency of both crawlers' fetches in the side-by-side runs.</summary>
    public const int Concurrency = 50;

    /// <summary>Citing papers per hub page read: 25 is what a bare /papers/{id} shows, so Crawlee, following the
    /// pager, and HubCrawler read the same pages.</summary>
    public const int PageSize = 25;

    /// <summary>Alternating runs of HubCrawler (memory) and Crawlee on one simulator, then HubCrawler on Azurite.</summary>
    public async Task<Dictionary<string, object>> VersusCrawlee(int papers, int runs, bool withAzurite)
    {
        await CrawleePeer.EnsureInstalled(log);
        await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = papers, Seed = 31, HeavyPaperCitations = 0 }));
        var reachable = simulator.Graph.Reachable([0], FullDepth);
        var closure = Closure(simulator.Graph, 0);
        var expectedPages = reachable.Sum(i => Math.Max(1, (simulator.Graph.CitationsOf(i).Count(c => c.CitingIndex != i) + PageSize - 1) / PageSize));
        log($"crawl vs Crawlee: {papers}-paper graph, seed paper 0 reaches {reachable.Count} papers at depth {FullDepth} ({closure} at any depth) = about {expectedPages} hub pages of {PageSize} citing papers; concurrency {Concurrency}; {runs} alternating runs");
        var settings = BenchSilos.HubSettings(simulator, Concurrency, PageSize);
        var ours = new List<CrawlFigures>();
        var theirs = new List<CrawleeFigures>();
        for (var run = 1; run <= runs; run++)
        {
            ours.Add(await BenchSilos.Crawl($"HubCrawler (memory) run {run}", simulator, settings, 0, FullDepth, log));
            theirs.Add(await CrawleePeer.Crawl(simulator, 0, Unlimited, 1_000_000, Concurrency, Math.Min(20, Concurrency), log));
        }
        var results = new Dictionary<string, object>
        {
            ["graphPapers"] = papers,
            ["reachablePapers"] = reachable.Count,
            ["closurePapers"] = closure,
            ["pageSize"] = PageSize,
            ["concurrency"] = Concurrency,
            ["pageSizeNote"] = "both read every page of every reachable paper at 25 citing papers a page: Crawlee follows the citing papers' /papers/{id} links (no query string) and the a[rel=next] pager",
            ["hubCrawlerMemory"] = ours,
            ["crawlee"] = theirs,
            ["hubCrawlerMemoryMedianPagesPerSecond"] = Median(ours.Select(o => o.PagesPerSecond)),
            ["crawleeMedianPagesPerSecond"] = Median(theirs.Select(t => t.PagesPerSecond)),
            ["ratioMemory"] = Math.Round(Median(ours.Select(o => o.PagesPerSecond)) / Median(theirs.Select(t => t.PagesPerSecond)), 2),
        };
        if (withAzurite)
        {
            await using var azurite = await AzuriteServer.StartAsync();
            var azure = await BenchSilos.Crawl("HubCrawler (Azurite) run 1", simulator, BenchSilos.WithAzurite(settings, azurite), 0, FullDepth, log);
            results["hubCrawlerAzurite"] = azure;
            results["ratioAzurite"] = Math.Round(azure.PagesPerSecond / Median(theirs.Select(t => t.PagesPerSecond)), 2);
        }
        return results;
    }

    /// <summary>The simulator adds <paramref name="latencyMs"/> to every request: pages/s against concurrency / latency.</summary>
    public async Task<object> LatencyBound(int papers, int concurrency, int latencyMs, int pageSize = PageSize)
    {
        await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = papers, Seed = 31, HeavyPaperCitations = 0 }));
        simulator.Faults.LatencyMs = latencyMs;
        var limit = concurrency / (latencyMs / 1000.0);
        log($"latency-bound crawl: {papers}-paper graph, +{latencyMs} ms a request, Sources:Hub:MaxConcurrency {concurrency}, {pageSize} citing papers a page: limit {limit:F0} pages/s");
        var figures = await BenchSilos.Crawl("HubCrawler (memory, +100 ms)", simulator, BenchSilos.HubSettings(simulator, concurrency, pageSize), 0, FullDepth, log);
        var fraction = Math.Round(figures.PagesPerSecond / limit, 3);
        // Pages answered in each second of the crawl: the steady state beside the ramp-up and the tail.
        var requests = simulator.RequestLog.Snapshot().Where(r => r.Path.StartsWith("/papers/", StringComparison.Ordinal)).ToList();
        var first = requests.Min(r => r.Timestamp);
        var perSecond = requests.GroupBy(r => (int)(r.Timestamp - first).TotalSeconds).OrderBy(g => g.Key).Select(g => g.Count()).ToList();
        var best = perSecond.Max();
        log($"  {figures.PagesPerSecond} pages/s of a {limit:F0} pages/s limit: {fraction:P0}; best second {best} pages ({(double)best / limit:P0}); pages per second: {string.Join(' ', perSecond)}");
        return new { latencyMs, concurrency, pageSize, limitPagesPerSecond = limit, crawl = figures, fractionOfLimit = fraction, bestSecondPages = best, bestSecondFraction = Math.Round(best / limit, 3), pagesPerSecondTimeline = perSecond };
    }

    /// <summary>Crawls of growing graphs: peak RSS, RSS per paper, pages/s. With <paramref name="lean"/>, each size
    /// again with settings for a small footprint: workstation GC (DOTNET_gcServer=0) and a 32 MB document cache.</summary>
    public async Task<object> Scale(IReadOnlyList<int> sizes, int pageSize, bool lean)
    {
        var runs = new List<object>();
        foreach (var size in sizes)
        {
            await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = size, Seed = 31, HeavyPaperCitations = 0 }));
            log($"scale: {size}-paper graph, hub source, {pageSize} citing papers a page, seed paper 0 to depth {FullDepth} ({Closure(simulator.Graph, 0)} papers at any depth)");
            var settings = BenchSilos.HubSettings(simulator, 64, pageSize);
            var figures = await BenchSilos.Crawl($"HubCrawler {size:N0} papers", simulator, settings, 0, FullDepth, log);
            runs.Add(new { graphPapers = size, lean = false, settings = "defaults (server GC, 64 MB document cache)", crawl = figures });
            if (!lean) continue;
            var small = new Dictionary<string, string?>(settings) { ["Cache:MaxBytes"] = (32L * 1024 * 1024).ToString() };
            var leanFigures = await BenchSilos.Crawl($"HubCrawler {size:N0} papers, lean", simulator, small, 0, FullDepth, log,
                environment: new Dictionary<string, string> { ["DOTNET_gcServer"] = "0" });
            runs.Add(new { graphPapers = size, lean = true, settings = "DOTNET_gcServer=0, Cache:MaxBytes=32 MB", crawl = leanFigures });
        }
        return new { source = "hub pages", pageSize, concurrency = 64, storage = "memory", runs };
    }

    /// <summary>The same crawl on 1, 2, 3 silo processes (Azure Table membership on Azurite, grain state in memory).</summary>
    public async Task<object> Cluster(int papers, IReadOnlyList<int> siloCounts)
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = papers, Seed = 31, HeavyPaperCitations = 0 }));
        log($"cluster scaling: {papers}-paper graph, {string.Join('/', siloCounts)} silo processes on {Environment.ProcessorCount} cores");
        var settings = BenchSilos.HubSettings(simulator, Concurrency, PageSize);
        var runs = new List<CrawlFigures>();
        foreach (var silos in siloCounts)
            runs.Add(await BenchSilos.Crawl($"HubCrawler {silos} silo(s)", simulator, settings, 0, FullDepth, log, silos, azurite));
        return new { graphPapers = papers, cores = Environment.ProcessorCount, membership = "Localhost for 1 silo, Azure Table on Azurite for 2 and 3", storage = "memory", runs };
    }

    /// <summary>Papers reachable from the seed at any depth.</summary>
    public static int Closure(SyntheticGraph graph, int seed) => graph.Reachable([seed], Unlimited).Count;

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return double.NaN;
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

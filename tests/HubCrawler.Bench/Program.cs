using HubCrawler.Bench;

// dotnet run -c Release --project tests/HubCrawler.Bench -- <mode> [options]
//   cache [papers=2000] [lookups=200] [output.json]     the document cache's figures (results/cache.json)
//   crawl-vs-crawlee [papers=2000] [runs=3]             HubCrawler (memory, then Azurite) beside Crawlee 3 on the same hub pages
//   latency [papers=3000] [concurrency=50] [pageSize=25] the simulator adds 100 ms a request: pages/s vs concurrency / latency
//   lookups [hubs=100] [seconds=10] [connections=8,32]  wrk on GET /api/papers/{id} beside a bare endpoint with the same bytes
//   scale [sizes=10000,50000] [--with-100k] [--lean]    crawls of growing graphs: peak RSS, RSS per paper, pages/s
//                                                       (--lean: also each size with workstation GC and a 32 MB document cache)
//   cluster [papers=2000]                               the same crawl on 1, 2 and 3 silo processes
//   requests [graph=5000] [depth=3] [maxPapers=5000]    Semantic Scholar requests a paper against the Graph API's minimum, and
//                                                       storage writes a paper (Azurite behind a counting proxy)
//   throttle [graph=2000] [seconds=60]                  a crawl through a sustained 429 without Retry-After
//   long [graph=300000]                                 a long crawl with Azurite: peak RSS, papers/s and frontier bytes/s as it grows
//   classify-cost [graph=3000] [runs=3]               CPU a paper with and without context classification, and
//                                                       the classifier's verdicts a CPU-second
//   all [--with-100k]                                   all of the above but cache, written to results/*.json
//   ci                                                  a reduced run of all of them: checks they run and the crawls are right
var mode = args.ElementAtOrDefault(0) ?? "all";
var rest = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var with100k = args.Contains("--with-100k");
var lean = args.Contains("--lean") || mode == "all";
int Arg(int index, int fallback) => rest.Length > index ? int.Parse(rest[index]) : fallback;
var resultsFolder = Path.Combine(HubCrawler.Tests.Infrastructure.RepositoryRoot.Path, "tests", "HubCrawler.Bench", "results");
var json = new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
var machine = Machine.Describe();
Console.WriteLine($"HubCrawler bench '{mode}': {machine}");

async Task Save(string name, object figures)
{
    var document = new Dictionary<string, object> { ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'"), ["machine"] = machine, ["command"] = "HubCrawler.Bench " + string.Join(' ', args), ["figures"] = figures };
    var text = JsonSerializer.Serialize(document, json);
    if (mode == "ci")
    {
        Console.WriteLine($"  ({name}: not written in ci mode)");
        return;
    }
    Directory.CreateDirectory(resultsFolder);
    await File.WriteAllTextAsync(Path.Combine(resultsFolder, name + ".json"), text);
    Console.WriteLine($"  wrote tests/HubCrawler.Bench/results/{name}.json");
}

var bench = new CrawlBenchmarks(Console.WriteLine);
var engine = new EngineBenchmarks(Console.WriteLine);
var summary = new List<(string What, string Measured, string Target)>();
switch (mode)
{
    case "cache":
    {
        var papers = Arg(0, 2000);
        var lookups = Arg(1, 200);
        var output = rest.ElementAtOrDefault(2);
        Console.WriteLine($"cache benchmark: {papers}-paper graph, {lookups} lookups, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
        var results = await new CacheBenchmark(papers, lookups, Console.WriteLine).RunAsync();
        var text = JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true });
        Console.WriteLine(text);
        if (output is not null) await File.WriteAllTextAsync(output, text);
        return 0;
    }
    case "crawl-vs-crawlee":
        await VersusCrawlee(Arg(0, 2000), Arg(1, 3), withAzurite: true);
        break;
    case "latency":
        await Latency(Arg(0, 3000), Arg(1, 50), Arg(2, CrawlBenchmarks.PageSize));
        break;
    case "lookups":
        await Lookups(Arg(0, 100), Arg(1, 10), rest.Length > 2 ? rest[2].Split(',').Select(int.Parse).ToList() : [8, 32]);
        break;
    case "scale":
        await Scale(rest.Length > 0 ? rest[0].Split(',').Select(int.Parse).ToList() : with100k ? [10_000, 50_000, 100_000] : [10_000, 50_000]);
        break;
    case "cluster":
        await Cluster(Arg(0, 2000), [1, 2, 3]);
        break;
    case "requests":
        await Requests(Arg(0, 5000), Arg(1, 3), Arg(2, 5000));
        break;
    case "throttle":
        await Throttle(Arg(0, 2000), Arg(1, 60));
        break;
    case "long":
        await Long(Arg(0, 300_000));
        break;
    case "classify-cost":
        await ClassifyCost(Arg(0, 3000), Arg(1, 3));
        break;
    case "all":
        await VersusCrawlee(2000, 3, withAzurite: true);
        await Latency(3000, 50);
        await Latency(3000, 50, 1000);
        await Lookups(100, 10, [8, 32]);
        await Scale(with100k ? [10_000, 50_000, 100_000] : [10_000, 50_000]);
        await Cluster(2000, [1, 2, 3]);
        break;
    case "ci":
        await VersusCrawlee(300, 1, withAzurite: true);
        await Latency(300, 50);
        if (Wrk.Installed) await Lookups(20, 2, [8]);
        else Console.WriteLine("lookups: skipped, wrk is not installed (apt-get install -y wrk)");
        await Scale([500]);
        await Cluster(300, [2]);
        await Requests(500, 3, 500);
        await Throttle(300, 5, TimeSpan.FromSeconds(5));
        await Long(5000);
        break;
    default:
        Console.Error.WriteLine("usage: HubCrawler.Bench cache|crawl-vs-crawlee|latency|lookups|scale|cluster|requests|throttle|long|classify-cost|all|ci [options] (see Program.cs)");
        return 2;
}

Console.WriteLine();
Console.WriteLine($"load at the end: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
Console.WriteLine($"{"figure",-44} {"measured",-44} target");
foreach (var (what, measured, target) in summary) Console.WriteLine($"{what,-44} {measured,-44} {target}");
return 0;

async Task VersusCrawlee(int papers, int runs, bool withAzurite)
{
    var r = await bench.VersusCrawlee(papers, runs, withAzurite);
    var ours = (double)r["hubCrawlerMemoryMedianPagesPerSecond"];
    var theirs = (double)r["crawleeMedianPagesPerSecond"];
    var oursRuns = (List<CrawlFigures>)r["hubCrawlerMemory"];
    var theirRuns = (List<CrawleeFigures>)r["crawlee"];
    summary.Add(("HubCrawler (memory), median pages/s", $"{ours:F0} (peak RSS {oursRuns.Max(o => o.PeakRssMb):F0} MB)", ""));
    summary.Add(("Crawlee 3 CheerioCrawler, median pages/s", $"{theirs:F0} (peak RSS {theirRuns.Max(t => t.PeakRssMb):F0} MB)", "anchor: 146"));
    summary.Add(("ratio, memory", $"{r["ratioMemory"]}×", "≥ 10×"));
    if (r.TryGetValue("hubCrawlerAzurite", out var azure))
    {
        summary.Add(("HubCrawler (Azurite), pages/s", $"{((CrawlFigures)azure).PagesPerSecond:F0} (peak RSS {((CrawlFigures)azure).PeakRssMb:F0} MB)", ""));
        summary.Add(("ratio, Azurite", $"{r["ratioAzurite"]}×", "≥ 3×"));
    }
    await Save("crawl-vs-crawlee", r);
}

async Task ClassifyCost(int graph, int runs)
{
    var r = (dynamic)await new ClassificationCost(Console.WriteLine).Run(graph, runs);
    summary.Add(("CPU a paper, classification off / on, fresh silo", $"{r.tiered.MedianOff} / {r.tiered.MedianOn} ms (+{r.tiered.Growth:P0})", "≤ +20%"));
    summary.Add(("CPU a paper, classification off / on, optimised code", $"{r.optimised.MedianOff} / {r.optimised.MedianOn} ms (+{r.optimised.Growth:P0})", "≤ +20%"));
    summary.Add(("classifier verdicts a CPU-second", $"{r.verdictsPerCpuSecond:N0} ({r.verdictsPerPaper} a paper)", ""));
    await Save("classify-cost", r);
}

async Task Requests(int graph, int depth, int maxPapers)
{
    var r = (dynamic)await engine.Requests(graph, depth, maxPapers, azurite: true);
    summary.Add(("Semantic Scholar requests a paper", $"{r.requestsPerPaper} (minimum {r.minimumPerPaper}) = {r.ratioToMinimum}× the minimum", "≤ 1.1×"));
    summary.Add(("storage writes a paper (Azurite)", $"{r.storageWritesPerPaper}", "≤ 1.1"));
    summary.Add(("'Error activating grain' lines", $"{r.ActivationErrors}", "0"));
    await Save("requests", r);
}

async Task Throttle(int graph, int seconds, TimeSpan? pauseBase = null)
{
    var r = (dynamic)await engine.Throttle(graph, TimeSpan.FromSeconds(seconds), afterRequests: graph / 10, pauseBase);
    summary.Add(($"throttle {seconds} s: papers failed, requests in the window", $"{r.failed} failed of {r.papers}, {r.requestsDuringWindow} requests answered 429", "0 failed, a handful"));
    await Save("throttle", r);
}

async Task Long(int graph)
{
    var r = (dynamic)await engine.Long(graph);
    summary.Add(($"long crawl {graph:N0}, Azurite: peak RSS", $"{r.PeakRssMb:F0} MB, {r.papers} papers in {r.Seconds:F0} s", "< 1 GB"));
    summary.Add(("papers/s near the end / near 30,000", $"{r.papersPerSecondNearEnd} / {r.papersPerSecondNear30k}", "≥ 80%"));
    await Save("long", r);
}

async Task Latency(int papers, int concurrency, int pageSize = CrawlBenchmarks.PageSize)
{
    var r = await bench.LatencyBound(papers, concurrency, 100, pageSize);
    var f = (dynamic)r;
    summary.Add(($"latency-bound (+100 ms, page size {pageSize}), pages/s", $"{f.crawl.PagesPerSecond:F0} of {f.limitPagesPerSecond:F0} = {f.fractionOfLimit:P0}", "≥ 90%"));
    summary.Add(("latency-bound, best second", $"{f.bestSecondPages} pages = {f.bestSecondFraction:P0} of the limit", ""));
    await Save(pageSize == CrawlBenchmarks.PageSize ? "latency" : $"latency-pagesize-{pageSize}", r);
}

async Task Lookups(int hubs, int seconds, List<int> connections)
{
    var r = await new LookupBenchmark(hubs, seconds, connections, Console.WriteLine).RunAsync();
    foreach (var level in ((dynamic)r).levels)
    {
        WrkFigures api = level.api;
        WrkFigures ceiling = level.ceiling;
        summary.Add(($"lookups, {level.connections} conns: req/s (p50/p99 ms)", $"{api.RequestsPerSecond:F0} ({api.P50Ms} / {api.P99Ms})", "p99 < 5 ms"));
        summary.Add(($"bare endpoint, {level.connections} conns", $"{ceiling.RequestsPerSecond:F0} ({ceiling.P50Ms} / {ceiling.P99Ms})", ""));
        summary.Add(($"lookups / ceiling, {level.connections} conns", $"{level.ratioToCeiling:P0}", "≥ 50%"));
    }
    await Save("lookups", r);
}

async Task Scale(List<int> sizes)
{
    var r = await bench.Scale(sizes, 1000, lean);
    foreach (var run in ((dynamic)r).runs)
    {
        CrawlFigures c = run.crawl;
        summary.Add(($"scale {run.graphPapers:N0} papers{(run.lean ? " lean" : "")}: papers, pages/s", $"{c.Papers} crawled, {c.PagesPerSecond:F0} pages/s, peak {c.PeakRssMb:F0} MB ({c.RssKbPerPaper} KB/paper)", "< 500 MB at 100k"));
    }
    await Save("scale", r);
}

async Task Cluster(int papers, List<int> siloCounts)
{
    var r = await bench.Cluster(papers, siloCounts);
    foreach (CrawlFigures c in ((dynamic)r).runs)
        summary.Add(($"cluster, {c.Silos} silo(s): pages/s", $"{c.PagesPerSecond:F0} (peak RSS {c.PeakRssMb:F0} MB total)", ""));
    await Save("cluster", r);
}

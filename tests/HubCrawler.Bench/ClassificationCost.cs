using System.Diagnostics;
using HubCrawler.Sources.Hubs;
using HubCrawler.Tests.Operations;

namespace HubCrawler.Bench;

/// <summary>
/// What context classification costs the crawl (issue 15: at most +20% CPU a paper): the same Semantic Scholar crawl
/// (in-memory storage, one silo process) with classification off and on, alternated, the silo's CPU a paper from
/// /proc; and the classifier alone in this process: classifications a CPU-second over the same graph's citations.
/// Semantic Scholar gives intents but no polarity, so every citation with contexts gets a polarity verdict and those
/// without intents a role verdict too.
/// </summary>
public sealed class ClassificationCost(Action<string> log)
{
    public async Task<object> Run(int graphPapers, int runs)
    {
        await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = graphPapers, HeavyPaperCitations = 0 }));
        const int depth = 6;
        var expected = simulator.Graph.Reachable([0], depth).Count;
        log($"classify-cost: {graphPapers}-paper graph, paper 0 to depth {depth} ({expected} papers), Semantic Scholar source, memory storage; {runs} runs each way, alternating");
        // A fresh silo runs most of a 10-second crawl in tier-0 code and pays for re-JITting it; a long-lived silo runs
        // optimised code. Both are measured: "tiered" as the silo starts, "optimised" with TieredCompilation off (every
        // method optimised at its first call), which stands for the steady state without the warm-up.
        var jits = new[] { ("tiered", (string?)null), ("optimised", "0") };
        var byJit = new Dictionary<string, (List<CrawlCost> Off, List<CrawlCost> On)>();
        foreach (var (jit, _) in jits) byJit[jit] = ([], []);
        for (var run = 0; run < runs; run++)
            foreach (var (jit, tieredCompilation) in jits)
                foreach (var enabled in new[] { false, true })
                {
                    var cost = await CrawlCpu(simulator, depth, expected, enabled, tieredCompilation);
                    (enabled ? byJit[jit].On : byJit[jit].Off).Add(cost);
                    log($"  run {run + 1}, {jit,-9} JIT, classification {(enabled ? "on " : "off")}: {cost.CpuMs:F3} ms silo CPU a paper; classifier {cost.ClassifierMs:F3} ms, " +
                        $"GC pauses {cost.GcPauseMs:F3} ms, {cost.AllocatedKiB:N0} KiB allocated a paper, {cost.Collections:N0} collections");
                }
        double Median(IEnumerable<double> xs) => xs.Order().ElementAt(xs.Count() / 2);
        var figures = byJit.ToDictionary(j => j.Key, j =>
        {
            double off = Median(j.Value.Off.Select(r => r.CpuMs)), on = Median(j.Value.On.Select(r => r.CpuMs));
            return new JitFigures(Math.Round(off, 3), Math.Round(on, 3), Math.Round(on / off - 1, 3),
                Math.Round(Median(j.Value.On.Select(r => r.ClassifierMs)), 3), j.Value.Off, j.Value.On);
        });

        // The classifier alone, on the edges of every reachable paper, as the visit would call it.
        var edges = simulator.Graph.Reachable([0], depth).SelectMany(i => simulator.Graph.CitationsOf(i)).Select(c => new CitationEdge
        {
            Intents = c.Intents, Role = IntentRoles.RoleOf(c.Intents), Contexts = c.Contexts,
        }).ToList();
        var verdicts = edges.Where(e => e.Contexts.Count > 0).Sum(e => 1 + (e.Role == CitationRole.Unclassified ? 1 : 0));
        ContextClassification.Apply(edges.Take(100));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var repeat = 0;
        var watch = Stopwatch.StartNew();
        do { ContextClassification.Apply(edges); repeat++; } while (watch.Elapsed < TimeSpan.FromSeconds(3));
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var perSecond = verdicts * repeat / cpuSeconds;
        var perPaper = (double)verdicts / expected;
        foreach (var (jit, f) in figures)
            log($"  {jit} JIT, CPU a paper: off {f.MedianOff:F3} ms, on {f.MedianOn:F3} ms (medians): classification adds {f.Growth:P1} (limit +20%); the classifier's own time in the silo {f.ClassifierMs:F3} ms a paper");
        log($"  classifier alone: {perSecond:N0} verdicts a CPU-second ({verdicts:N0} verdicts for {expected:N0} papers = {perPaper:F1} a paper, {perPaper / perSecond * 1000:F3} ms a paper)");
        return new
        {
            graphPapers, depth, papers = expected, runs,
            tiered = figures["tiered"], optimised = figures["optimised"],
            verdictsPerCpuSecond = Math.Round(perSecond),
            verdictsPerPaper = Math.Round(perPaper, 2),
        };
    }

    private static async Task<CrawlCost> CrawlCpu(SimulatorServer simulator, int depth, int expected, bool classify, string? tieredCompilation)
    {
        var settings = BenchSilos.SemanticScholarSettings(simulator, null);
        var environment = new Dictionary<string, string> { [ContextClassification.SwitchVariable] = classify ? "on" : "off" };
        if (tieredCompilation is not null) environment["DOTNET_TieredCompilation"] = tieredCompilation;
        await using var silo = await SiloProcess.StartAsync(settings, environment: environment);
        using var http = new HttpClient { BaseAddress = silo.Address, Timeout = TimeSpan.FromMinutes(5) };
        var before = Cpu.Seconds(silo.Id);
        var scrapeBefore = await Scrape(http);
        var started = await http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { simulator.Graph.Papers[0].PaperId }, depth, maxPapers = 1_000_000 });
        started.EnsureSuccessStatusCode();
        var location = started.Headers.Location!.ToString();
        var status = await BenchSilos.WaitUntilDone(http, location, TimeSpan.FromMilliseconds(50));
        var cpu = Cpu.Seconds(silo.Id) - before;
        var scrapeAfter = await Scrape(http);
        var discovered = status.GetProperty("discovered").GetInt32();
        if (discovered != expected || status.GetProperty("failed").GetInt32() != 0)
            throw new InvalidOperationException($"classify-cost: the crawl is WRONG: {discovered} papers (oracle {expected}). Status: {status}");
        double Delta(string prefix) => Total(scrapeAfter, prefix) - Total(scrapeBefore, prefix);
        return new CrawlCost(cpu * 1000 / discovered,
            Delta("hubcrawler_classifier_duration_seconds_sum") * 1000 / discovered,
            Delta("dotnet_gc_pause_time") * 1000 / discovered,
            Delta("dotnet_gc_heap_total_allocated") / 1024 / discovered,
            Delta("dotnet_gc_collections"));
    }

    private static async Task<PrometheusText> Scrape(HttpClient http) => new(await http.GetStringAsync("/metrics"));

    private static double Total(PrometheusText scrape, string prefix) =>
        scrape.Names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Sum(n => scrape.Sum(n));

    /// <summary>One crawl's figures a paper, from the silo's CPU time and its /metrics (the runtime's meter and the classifier's histogram).</summary>
    /// <summary>Medians of one JIT configuration's runs (CPU ms a paper), the growth classification causes, and every run.</summary>
    public sealed record JitFigures(double MedianOff, double MedianOn, double Growth, double ClassifierMs, List<CrawlCost> Off, List<CrawlCost> On);

    public sealed record CrawlCost(double CpuMs, double ClassifierMs, double GcPauseMs, double AllocatedKiB, double Collections);
}

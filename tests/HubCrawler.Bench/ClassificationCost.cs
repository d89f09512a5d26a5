using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using HubCrawler.Abstractions;
using HubCrawler.Grains.Hubs;
using HubCrawler.Simulator;
using HubCrawler.Tests.Infrastructure;

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
        var off = new List<double>();
        var on = new List<double>();
        for (var run = 0; run < runs; run++)
            foreach (var enabled in new[] { false, true })
            {
                var msPerPaper = await CrawlCpu(simulator, depth, expected, enabled);
                (enabled ? on : off).Add(msPerPaper);
                log($"  run {run + 1}, classification {(enabled ? "on " : "off")}: {msPerPaper:F3} ms silo CPU a paper");
            }
        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        var growth = Median(on) / Median(off) - 1;

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
        log($"  CPU a paper: off {Median(off):F3} ms, on {Median(on):F3} ms (medians): classification adds {growth:P1} (limit +20%)");
        log($"  classifier alone: {perSecond:N0} verdicts a CPU-second ({verdicts:N0} verdicts for {expected:N0} papers = {perPaper:F1} a paper, {perPaper / perSecond * 1000:F3} ms a paper)");
        return new
        {
            graphPapers, depth, papers = expected, runs,
            cpuMsPerPaperOff = off, cpuMsPerPaperOn = on,
            medianOff = Math.Round(Median(off), 3), medianOn = Math.Round(Median(on), 3),
            growth = Math.Round(growth, 3),
            verdictsPerCpuSecond = Math.Round(perSecond),
            verdictsPerPaper = Math.Round(perPaper, 2),
        };
    }

    private static async Task<double> CrawlCpu(SimulatorServer simulator, int depth, int expected, bool classify)
    {
        var settings = CrawlerSettings.For(simulator.SemanticScholarBaseUrl);
        settings.Remove("Sources:SemanticScholar:PageSize");
        settings["Storage:Provider"] = "Memory";
        settings["Crawl:CheckpointInterval"] = "00:00:02";
        settings["Api:ReadsPerMinute"] = int.MaxValue.ToString();
        settings["Logging:LogLevel:Default"] = "Warning";
        settings["Orleans:SiloPort"] = FreePort.Next().ToString();
        settings["Orleans:GatewayPort"] = FreePort.Next().ToString();
        settings["Orleans:ClusterId"] = "bench-" + Guid.NewGuid().ToString("N")[..8];
        var environment = new Dictionary<string, string> { [ContextClassification.SwitchVariable] = classify ? "on" : "off" };
        await using var silo = await SiloProcess.StartAsync(settings, environment: environment);
        using var http = new HttpClient { BaseAddress = silo.Address, Timeout = TimeSpan.FromMinutes(5) };
        var before = Cpu.Seconds(silo.Id);
        var started = await http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { simulator.Graph.Papers[0].PaperId }, depth, maxPapers = 1_000_000 });
        started.EnsureSuccessStatusCode();
        var location = started.Headers.Location!.ToString();
        JsonElement status;
        while (!(status = await http.GetFromJsonAsync<JsonElement>(location)).GetProperty("done").GetBoolean()) await Task.Delay(50);
        var cpu = Cpu.Seconds(silo.Id) - before;
        var discovered = status.GetProperty("discovered").GetInt32();
        if (discovered != expected || status.GetProperty("failed").GetInt32() != 0)
            throw new InvalidOperationException($"classify-cost: the crawl is WRONG: {discovered} papers (oracle {expected}). Status: {status}");
        return cpu * 1000 / discovered;
    }
}

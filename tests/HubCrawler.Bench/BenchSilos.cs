using System.Diagnostics;

namespace HubCrawler.Bench;

/// <summary>What one HubCrawler crawl measured: pages read from the simulator, wall time from the POST to done,
/// the job's counters, the oracle's count, and the silos' peak RSS.</summary>
public sealed record CrawlFigures(
    string Label, int Silos, int Papers, int Expected, int Failed, int Pages, double Seconds, double PagesPerSecond,
    double PapersPerSecond, double PeakRssMb, IReadOnlyList<double> PeakRssMbPerSilo, double RssKbPerPaper,
    double SiloCpuSeconds, double SiloCpuMsPerPage, double SimulatorCpuMsPerPage);

/// <summary>Starts HubCrawler silos as their own processes (the built silo host, API included) against a running
/// simulator, runs one crawl through the HTTP API, checks it against the simulator's oracle and reads the figures.</summary>
public static class BenchSilos
{
    /// <summary>Hub-only crawling of the simulator's hub pages: unthrottled, <paramref name="concurrency"/> requests in
    /// flight, <paramref name="pageSize"/> citing papers per page read, grain state and document cache in memory.</summary>
    public static Dictionary<string, string?> HubSettings(SimulatorServer simulator, int concurrency, int pageSize)
    {
        var settings = CrawlerSettings.For(simulator.SemanticScholarBaseUrl);
        foreach (var (key, value) in CrawlerSettings.Sources(simulator, "hub")) settings[key] = value;
        settings["Sources:Hub:MaxConcurrency"] = concurrency.ToString();
        settings["Sources:Hub:PageSize"] = pageSize.ToString();
        settings["Storage:Provider"] = "Memory";
        settings["Crawl:CheckpointInterval"] = "00:00:02";
        settings["Api:ReadsPerMinute"] = int.MaxValue.ToString();
        settings["Logging:LogLevel:Default"] = "Warning";
        settings["Orleans:ClusterId"] = "bench-" + Guid.NewGuid().ToString("N")[..8];
        return settings;
    }

    /// <summary>The defaults a user gets on Semantic Scholar, but no rate limit (a real key allows about 1 a second): page
    /// size, batch, window; grain state and document cache in memory, or in Azure Blob storage at <paramref name="connectionString"/>.</summary>
    public static Dictionary<string, string?> SemanticScholarSettings(SimulatorServer simulator, string? connectionString)
    {
        var settings = CrawlerSettings.For(simulator.SemanticScholarBaseUrl);
        settings.Remove("Sources:SemanticScholar:PageSize");
        settings["Storage:Provider"] = connectionString is null ? "Memory" : "AzureBlob";
        if (connectionString is not null) settings["Storage:ConnectionString"] = connectionString;
        settings["Crawl:CheckpointInterval"] = "00:00:02";
        settings["Api:ReadsPerMinute"] = int.MaxValue.ToString();
        settings["Logging:LogLevel:Default"] = "Warning";
        settings["Orleans:SiloPort"] = FreePort.Next().ToString();
        settings["Orleans:GatewayPort"] = FreePort.Next().ToString();
        settings["Orleans:ClusterId"] = "bench-" + Guid.NewGuid().ToString("N")[..8];
        return settings;
    }

    /// <summary>Polls a crawl's status until it is done; <paramref name="progress"/> hears of it every 15 seconds, <paramref name="onStatus"/> at every poll.</summary>
    public static async Task<JsonElement> WaitUntilDone(HttpClient http, string location, TimeSpan poll, Action<JsonElement>? progress = null, Action<JsonElement>? onStatus = null)
    {
        var lastLog = Stopwatch.StartNew();
        while (true)
        {
            var status = await http.GetFromJsonAsync<JsonElement>(location);
            onStatus?.Invoke(status);
            if (status.GetProperty("done").GetBoolean()) return status;
            if (progress is not null && lastLog.Elapsed > TimeSpan.FromSeconds(15))
            {
                progress(status);
                lastLog.Restart();
            }
            await Task.Delay(poll);
        }
    }

    /// <summary>Grain state and document cache in Azurite's blob storage.</summary>
    public static Dictionary<string, string?> WithAzurite(Dictionary<string, string?> settings, AzuriteServer azurite) => new(settings)
    {
        ["Storage:Provider"] = "AzureBlob",
        ["Storage:ConnectionString"] = azurite.ConnectionString,
    };

    /// <summary>Starts <paramref name="silos"/> silo processes (more than one: Azure Table membership on
    /// <paramref name="azurite"/>), crawls from <paramref name="seed"/> to <paramref name="depth"/>, and fails loudly
    /// unless the crawl discovered exactly the papers the simulator's graph says are reachable, none failed.</summary>
    public static async Task<CrawlFigures> Crawl(string label, SimulatorServer simulator, Dictionary<string, string?> settings,
        int seed, int depth, Action<string> log, int silos = 1, AzuriteServer? azurite = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var expected = simulator.Graph.Reachable([seed], depth).Count;
        var clusterId = "bench-" + Guid.NewGuid().ToString("N")[..8];
        var processes = new List<SiloProcess>();
        try
        {
            for (var i = 0; i < silos; i++)
            {
                var mine = new Dictionary<string, string?>(settings)
                {
                    ["Orleans:SiloPort"] = FreePort.Next().ToString(),
                    ["Orleans:GatewayPort"] = FreePort.Next().ToString(),
                    ["Orleans:ClusterId"] = clusterId,
                };
                if (silos > 1)
                {
                    mine["Orleans:Membership"] = "AzureTable";
                    mine["Orleans:IAmAlivePeriod"] = "00:00:05";
                    mine["Storage:ConnectionString"] = (azurite ?? throw new ArgumentException("a cluster needs Azurite for membership")).ConnectionString;
                }
                processes.Add(await SiloProcess.StartAsync(mine, environment: environment));
            }
            using var http = new HttpClient { BaseAddress = processes[0].Address, Timeout = TimeSpan.FromSeconds(60) };
            if (silos > 1) await WaitForMembers(http, processes, silos);

            simulator.RequestLog.Clear();
            var siloCpuBefore = processes.Sum(p => Cpu.Seconds(p.Id));
            var benchCpuBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            var watch = Stopwatch.StartNew();
            var started = await http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { simulator.Graph.Papers[seed].PaperId }, depth, maxPapers = 1_000_000 });
            started.EnsureSuccessStatusCode();
            var location = started.Headers.Location!.ToString();
            var status = await WaitUntilDone(http, location, TimeSpan.FromMilliseconds(25), status => log($"    … {label}: discovered {status.GetProperty("discovered")}, pending {status.GetProperty("pending")}, {watch.Elapsed.TotalSeconds:F0} s"));
            var seconds = watch.Elapsed.TotalSeconds;
            var siloCpu = processes.Sum(p => Cpu.Seconds(p.Id)) - siloCpuBefore;
            // The bench process runs the simulator (rendering the pages) and this loop: near enough the simulator's CPU.
            var benchCpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - benchCpuBefore;
            var requests = simulator.RequestLog.Snapshot();
            var pages = requests.Count(r => r.Path.StartsWith("/papers/", StringComparison.Ordinal));
            var discovered = status.GetProperty("discovered").GetInt32();
            var failed = status.GetProperty("failed").GetInt32();
            var rss = processes.Select(p => PeakRss.Megabytes(p.Id)).ToList();
            if (discovered != expected || failed != 0)
                throw new InvalidOperationException($"{label}: HubCrawler's crawl is WRONG: discovered {discovered} papers, the simulator's graph says {expected} are reachable from paper {seed} at depth {depth}; {failed} failed. Status: {status}");
            var figures = new CrawlFigures(label, silos, discovered, expected, failed, pages, Math.Round(seconds, 3), Math.Round(pages / seconds, 1),
                Math.Round(discovered / seconds, 1), Math.Round(rss.Sum(), 1), rss.Select(r => Math.Round(r, 1)).ToList(), Math.Round(rss.Sum() * 1024 / discovered, 2),
                Math.Round(siloCpu, 2), Math.Round(siloCpu * 1000 / pages, 2), Math.Round(benchCpu * 1000 / pages, 2));
            log($"  {label}: {pages} pages, {discovered} papers (oracle {expected}) in {seconds:F2} s = {figures.PagesPerSecond} pages/s, peak RSS {figures.PeakRssMb} MB, CPU {figures.SiloCpuMsPerPage} ms/page in HubCrawler + {figures.SimulatorCpuMsPerPage} ms/page in the simulator");
            return figures;
        }
        finally
        {
            foreach (var process in processes) await process.DisposeAsync();
        }
    }

    private static async Task WaitForMembers(HttpClient http, List<SiloProcess> processes, int silos)
    {
        // The silos report healthy before every membership table read has settled; give the cluster a few
        // IAmAlive periods so that grains spread over all of them from the start.
        await Task.Delay(TimeSpan.FromSeconds(8));
        var ready = await http.GetAsync("/ready");
        if (!ready.IsSuccessStatusCode) throw new InvalidOperationException($"the {silos}-silo cluster is not ready: {(int)ready.StatusCode}");
        if (processes.Any(p => p.HasExited)) throw new InvalidOperationException("a silo exited");
    }
}

/// <summary>CPU time (user + system) a process has used so far, from /proc/{pid}/stat.</summary>
public static class Cpu
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static double Seconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
    }
}

/// <summary>Peak resident set size (VmHWM) of a process, from /proc.</summary>
public static class PeakRss
{
    public static double Megabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"no VmHWM for process {pid}");
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }
}

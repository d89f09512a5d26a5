using System.Diagnostics;

namespace HubCrawler.Bench;

/// <summary>What one Crawlee run measured: pages handled and read from the simulator, its own wall time of
/// <c>crawler.run()</c>, and the node process's peak RSS.</summary>
public sealed record CrawleeFigures(int Pages, int SimulatorPages, int Papers, int Failed, double Seconds, double PagesPerSecond,
    double PeakRssMb, int MaxConcurrency, int MinConcurrency, string Version, double CpuMsPerPage, double SimulatorCpuMsPerPage);

/// <summary>Crawlee 3's CheerioCrawler (tests/HubCrawler.Bench/crawlee, pinned in its package-lock.json), run with node.</summary>
public static class CrawleePeer
{
    public static string Folder => Path.Combine(RepositoryRoot.Path, "tests", "HubCrawler.Bench", "crawlee");

    /// <summary>npm ci, once, if the pinned crawlee is not installed yet.</summary>
    public static async Task EnsureInstalled(Action<string> log)
    {
        if (File.Exists(Path.Combine(Folder, "node_modules", "crawlee", "package.json"))) return;
        log("  installing crawlee (npm ci in tests/HubCrawler.Bench/crawlee)");
        var (code, output) = await Run("npm", Folder, TimeSpan.FromMinutes(5), "ci", "--no-audit", "--no-fund", "--loglevel=error");
        if (code != 0) throw new InvalidOperationException($"npm ci failed ({code}): {output}");
    }

    public static async Task<CrawleeFigures> Crawl(SimulatorServer simulator, int seed, int depth, int maxPages, int maxConcurrency, int minConcurrency, Action<string> log)
    {
        simulator.RequestLog.Clear();
        var benchCpuBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var seedPath = $"/papers/{simulator.Graph.Papers[seed].PaperId}";
        var (code, output) = await Run("node", Folder, TimeSpan.FromMinutes(15), "crawl.mjs", simulator.HubBaseUrl, seedPath,
            depth.ToString(), maxPages.ToString(), maxConcurrency.ToString(), minConcurrency.ToString());
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("{\"crawler\":\"crawlee\"", StringComparison.Ordinal));
        if (code != 0 || line is null) throw new InvalidOperationException($"the Crawlee run failed ({code}): {output}");
        var benchCpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - benchCpuBefore;
        using var json = JsonDocument.Parse(line);
        var r = json.RootElement;
        var simulatorPages = simulator.RequestLog.Snapshot().Count(q => q.Path.StartsWith("/papers/", StringComparison.Ordinal));
        var figures = new CrawleeFigures(r.GetProperty("pages").GetInt32(), simulatorPages, r.GetProperty("papers").GetInt32(), r.GetProperty("failed").GetInt32(),
            Math.Round(r.GetProperty("seconds").GetDouble(), 3), Math.Round(r.GetProperty("pagesPerSecond").GetDouble(), 1),
            Math.Round(r.GetProperty("peakRssMb").GetDouble(), 1), maxConcurrency, minConcurrency, r.GetProperty("version").GetString()!,
            Math.Round(r.GetProperty("cpuMsPerPage").GetDouble(), 2), Math.Round(benchCpu * 1000 / Math.Max(1, simulatorPages), 2));
        log($"  crawlee {figures.Version}: {figures.Pages} pages ({simulatorPages} requests seen by the simulator), {figures.Papers} papers in {figures.Seconds:F2} s = {figures.PagesPerSecond} pages/s, peak RSS {figures.PeakRssMb} MB, CPU {figures.CpuMsPerPage} ms/page in Crawlee + {figures.SimulatorCpuMsPerPage} ms/page in the simulator");
        return figures;
    }

    private static async Task<(int Code, string Output)> Run(string file, string directory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} took longer than {timeout}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}

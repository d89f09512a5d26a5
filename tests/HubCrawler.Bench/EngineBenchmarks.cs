using System.Diagnostics;

namespace HubCrawler.Bench;

/// <summary>The crawl engine's figures on the Semantic Scholar source: requests a paper against the minimum the Graph
/// API allows, storage writes a paper, a sustained throttle, and a long crawl with Azurite (memory, pages/s and the
/// frontier's checkpoint bytes as it grows). HubCrawler runs as its own silo process; the simulator in this process.</summary>
public sealed class EngineBenchmarks(Action<string> log)
{
    /// <summary>The README's main crawl: the 5,000-paper default graph (plus its heavy paper's citers) from paper 0 to depth 3, 5,000 papers at most.</summary>
    public async Task<object> Requests(int graphPapers, int depth, int maxPapers, bool azurite)
    {
        await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = graphPapers }));
        await using var storage = azurite ? await AzuriteServer.StartAsync() : null;
        await using var proxy = storage is null ? null : await StorageProxy.StartAsync(storage);
        var settings = BenchSilos.SemanticScholarSettings(simulator, proxy?.ConnectionString);
        log($"requests: {graphPapers}-paper default graph ({simulator.Graph.Papers.Count} with the heavy paper's citers), paper 0 to depth {depth}, at most {maxPapers} papers, storage {(azurite ? "Azurite (writes counted by a proxy in front of it)" : "memory")}");
        var run = await CrawlOnce("requests", simulator, settings, seed: 0, depth, maxPapers, proxy);
        var crawled = run.Papers;
        var minimum = simulator.Graph.MinimumGraphApiRequests(crawled);
        var byKind = simulator.RequestLog.CountByKind();
        var graphApi = byKind.Where(k => k.Key is SimRequestKinds.Paper or SimRequestKinds.Citations or SimRequestKinds.Batch).Sum(k => k.Value);
        var ratio = Math.Round((double)graphApi / minimum, 3);
        var writes = proxy?.Writes;
        log($"  Semantic Scholar requests: {graphApi} for {crawled.Count} papers = {(double)graphApi / crawled.Count:F3} a paper ({string.Join(", ", byKind.Select(k => $"{k.Key} {k.Value}"))}); minimum {minimum} = {(double)minimum / crawled.Count:F3} a paper; ratio {ratio} (target ≤ 1.1)");
        if (writes is { } w)
            log($"  storage writes: {w} = {(double)w / crawled.Count:F3} a paper (target ≤ 1.1); by container: {string.Join(", ", proxy!.Snapshot().WritesByContainer.Select(c => $"{c.Key} {c.Value}"))}");
        return new
        {
            graphPapers,
            depth,
            maxPapers,
            papers = crawled.Count,
            run.Seconds,
            run.PeakRssMb,
            semanticScholarRequests = graphApi,
            requestsByKind = byKind,
            minimumRequests = minimum,
            requestsPerPaper = Math.Round((double)graphApi / crawled.Count, 3),
            minimumPerPaper = Math.Round((double)minimum / crawled.Count, 3),
            ratioToMinimum = ratio,
            storageWrites = writes,
            storageWritesPerPaper = writes is { } ww ? Math.Round((double)ww / crawled.Count, 3) : (double?)null,
            storage = proxy?.Snapshot(),
            run.ActivationErrors,
            status = run.Status,
        };
    }

    /// <summary>A crawl during which the source answers every request 429 without Retry-After for <paramref name="window"/>.</summary>
    public async Task<object> Throttle(int graphPapers, TimeSpan window, int afterRequests, TimeSpan? pauseBase = null)
    {
        await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = graphPapers, Seed = 53, HeavyPaperCitations = 0 }));
        var settings = BenchSilos.SemanticScholarSettings(simulator, null);
        settings["Sources:SemanticScholar:MaxConcurrency"] = "4";
        if (pauseBase is { } firstPause) settings["Fetch:Throttle:Base"] = firstPause.ToString();
        var depth = 4;
        var expected = simulator.Graph.Reachable([0], depth).Count;
        log($"throttle: {graphPapers}-paper graph, paper 0 to depth {depth} ({expected} papers); after {afterRequests} requests every Semantic Scholar request answers 429 without Retry-After for {window.TotalSeconds:0} s; pauses {(pauseBase ?? TimeSpan.FromSeconds(60)).TotalSeconds:0} s doubling");
        simulator.Faults.ThrottleAfterRequests(afterRequests, window);
        var waits = new List<object>();
        var run = await CrawlOnce("throttle", simulator, settings, seed: 0, depth, 1_000_000, null, status =>
        {
            foreach (var wait in status.GetProperty("waiting").EnumerateArray())
                waits.Add(new { at = DateTimeOffset.UtcNow, host = wait.GetProperty("host").GetString(), papers = wait.GetProperty("papers").GetInt32(), until = wait.GetProperty("until").GetDateTimeOffset(), reason = wait.GetProperty("reason").GetString() });
        });
        var state = simulator.Faults.GetThrottleState();
        var failed = run.Status.GetProperty("failed").GetInt32();
        log($"  {run.Papers.Count} papers (oracle {expected}), failed {failed}, {run.Seconds:F1} s; requests answered 429 by the window: {state.ThrottledRequests} (window {state.Start:HH:mm:ss}–{state.End:HH:mm:ss}); status showed a wait {waits.Count} times, e.g. {(waits.Count > 0 ? JsonSerializer.Serialize(waits[waits.Count / 2]) : "never")}");
        if (run.Papers.Count != expected || failed != 0) throw new InvalidOperationException($"throttle: the crawl is WRONG: {run.Papers.Count} papers (oracle {expected}), {failed} failed");
        return new
        {
            graphPapers,
            expected,
            windowSeconds = window.TotalSeconds,
            afterRequests,
            papers = run.Papers.Count,
            failed,
            run.Seconds,
            requestsDuringWindow = state.ThrottledRequests,
            windowStart = state.Start,
            windowEnd = state.End,
            waitsSeen = waits.Count,
            sampleWait = waits.Count > 0 ? waits[waits.Count / 2] : null,
            throttledVisits = run.Status.GetProperty("throttledVisits").GetInt64(),
            status = run.Status,
        };
    }

    /// <summary>A long crawl with Azurite: pages/s, peak RSS and frontier checkpoint bytes a second, sampled as the crawl grows.</summary>
    public async Task<object> Long(int graphPapers)
    {
        await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = graphPapers, Seed = 31, HeavyPaperCitations = 0 }));
        await using var storage = await AzuriteServer.StartAsync();
        var settings = BenchSilos.SemanticScholarSettings(simulator, storage.ConnectionString);
        var depth = 10;
        var expected = simulator.Graph.Reachable([0], depth).Count;
        log($"long: {graphPapers}-paper graph, Semantic Scholar source, Azurite, paper 0 to depth {depth} ({expected} papers)");
        var samples = new List<LongSample>();
        var watch = Stopwatch.StartNew();
        (double At, long Done, long Bytes) last = (0, 0, 0);
        SiloProcess? silo = null;
        var run = await CrawlOnce("long", simulator, settings, seed: 0, depth, 10_000_000, null, status =>
        {
            var now = watch.Elapsed.TotalSeconds;
            if (now - last.At < 10) return;
            var done = status.GetProperty("fetched").GetInt64() + status.GetProperty("fromCache").GetInt64() + status.GetProperty("failed").GetInt64();
            var bytes = status.GetProperty("spend").GetProperty("frontierBytes").GetInt64();
            var sample = new LongSample(Math.Round(now, 1), done, status.GetProperty("discovered").GetInt32(), Math.Round((done - last.Done) / (now - last.At), 1),
                Math.Round((bytes - last.Bytes) / (now - last.At), 0), silo is null ? 0 : Math.Round(PeakRss.Megabytes(silo.Id), 0), silo is null ? 0 : Math.Round(Rss.Megabytes(silo.Id), 0));
            samples.Add(sample);
            log($"    {sample.Seconds,7:F0} s  {sample.Papers,8} papers  {sample.PapersPerSecond,6:F0} papers/s  frontier {sample.FrontierBytesPerSecond,8:F0} B/s  RSS {sample.RssMb} MB (peak {sample.PeakRssMb} MB)");
            last = (now, done, bytes);
        }, started => silo = started, readPapers: false);
        var crawledPapers = run.Status.GetProperty("discovered").GetInt32();
        if (crawledPapers != expected || run.Status.GetProperty("failed").GetInt32() != 0)
            throw new InvalidOperationException($"long: the crawl is WRONG: {crawledPapers} papers (oracle {expected})");
        double RateAround(long papers) => samples.Where(s => s.Papers >= papers).Select(s => s.PapersPerSecond).FirstOrDefault();
        var at30k = RateAround(Math.Min(30_000, expected / 10));
        var atEnd = samples.Count > 2 ? samples[^2].PapersPerSecond : 0;
        log($"  {crawledPapers} papers in {run.Seconds:F0} s, peak RSS {run.PeakRssMb:F0} MB (target < 1,024); papers/s near 30,000: {at30k}, near the end: {atEnd} (target ≥ 80%)");
        return new { graphPapers, expected, papers = crawledPapers, run.Seconds, run.PeakRssMb, papersPerSecondNear30k = at30k, papersPerSecondNearEnd = atEnd, samples, run.ActivationErrors, status = run.Status };
    }

    private async Task<CrawlRun> CrawlOnce(string label, SimulatorServer simulator, Dictionary<string, string?> settings, int seed, int depth, int maxPapers,
        StorageProxy? proxy, Action<JsonElement>? onStatus = null, Action<SiloProcess>? onStarted = null, bool readPapers = true)
    {
        await using var silo = await SiloProcess.StartAsync(settings);
        onStarted?.Invoke(silo);
        using var http = new HttpClient { BaseAddress = silo.Address, Timeout = TimeSpan.FromMinutes(5) };
        simulator.RequestLog.Clear();
        proxy?.Reset();
        var watch = Stopwatch.StartNew();
        var started = await http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { simulator.Graph.Papers[seed].PaperId }, depth, maxPapers });
        started.EnsureSuccessStatusCode();
        var location = started.Headers.Location!.ToString();
        var status = await BenchSilos.WaitUntilDone(http, location, TimeSpan.FromMilliseconds(100), status => log($"    … {label}: discovered {status.GetProperty("discovered")}, pending {status.GetProperty("pending")}, {watch.Elapsed.TotalSeconds:F0} s"), onStatus);
        var seconds = watch.Elapsed.TotalSeconds;
        var peak = PeakRss.Megabytes(silo.Id);
        // The crawl's own list of admitted papers, from its export (one JSON line a paper, then its edges).
        var papers = new List<string>();
        if (readPapers)
        await using (var export = await http.GetStreamAsync($"{location}/export?format=jsonl"))
        using (var reader = new StreamReader(export))
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                using var row = JsonDocument.Parse(line);
                if (row.RootElement.GetProperty("kind").GetString() == "paper") papers.Add(row.RootElement.GetProperty("paperId").GetString()!);
            }
        }
        var activationErrors = silo.Output.Count(l => l.Contains("Error activating grain", StringComparison.Ordinal));
        log($"  {label}: {papers.Count} papers in {seconds:F1} s, peak RSS {peak:F0} MB, 'Error activating grain' lines: {activationErrors}, visits sent again: {status.GetProperty("visitRetries")}; spend {status.GetProperty("spend")}");
        return new CrawlRun(papers, Math.Round(seconds, 2), Math.Round(peak, 1), activationErrors, status);
    }

    private sealed record CrawlRun(List<string> Papers, double Seconds, double PeakRssMb, int ActivationErrors, JsonElement Status);

    public sealed record LongSample(double Seconds, long Papers, int Discovered, double PapersPerSecond, double FrontierBytesPerSecond, double PeakRssMb, double RssMb);
}

/// <summary>Resident set size (VmRSS) of a process now, from /proc.</summary>
public static class Rss
{
    public static double Megabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"no VmRSS for process {pid}");
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HubCrawler.Silo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HubCrawler.Bench;

/// <summary>What wrk measured against one set of paths.</summary>
public sealed record WrkFigures(string Endpoint, double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, int Errors)
{
    /// <summary>The server's (this process's) CPU use during the run, in % of one core.</summary>
    public double ServerCpuPercent { get; init; }

    /// <summary>The server's CPU time per request.</summary>
    public double ServerCpuMicrosecondsPerRequest { get; init; }
}

/// <summary>Hot hub lookups through the HTTP API under wrk, beside a bare endpoint of the same server that returns
/// the same bytes (the ceiling). The bare endpoint is mapped by this benchmark on the host it builds in this process
/// (<c>/bench/bare/{id}</c>), so it never exists in a production host.</summary>
public sealed partial class LookupBenchmark(int hubs, int seconds, IReadOnlyList<int> connectionLevels, Action<string> log)
{
    private async Task<object> Breakdown(IServiceProvider services, IReadOnlyList<string> ids)
    {
        var breakdown = await LookupCost.Measure(services, ids);
        log($"  without HTTP: {JsonSerializer.Serialize(breakdown)}");
        return breakdown;
    }

    public async Task<object> RunAsync()
    {
        if (!Wrk.Installed) throw new InvalidOperationException("wrk is not installed: apt-get install -y wrk");
        await using var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = Math.Max(hubs * 2, 500), Seed = 41, HeavyPaperCitations = 0 }));
        var settings = BenchSilos.HubSettings(simulator, 32, 1000);
        settings["Orleans:SiloPort"] = FreePort.Next().ToString();
        settings["Orleans:GatewayPort"] = FreePort.Next().ToString();
        var args = settings.Select(s => $"--{s.Key}={s.Value}").Append("--urls=http://127.0.0.1:0").ToArray();
        var app = HubCrawlerSiloHost.Build(args);
        var bare = new ConcurrentDictionary<string, byte[]>();
        string? contentType = null;
        app.MapGet("/bench/bare/{id}", (string id) => bare.TryGetValue(id, out var bytes) ? Results.Bytes(bytes, contentType) : Results.NotFound());
        await app.StartAsync();
        try
        {
            var root = new Uri(app.Urls.First());
            using var http = new HttpClient { BaseAddress = root };
            var ids = Enumerable.Range(0, hubs).Select(i => simulator.Graph.Papers[i].PaperId).ToList();
            foreach (var id in ids)
            {
                using var response = await http.GetAsync($"/api/papers/{id}");
                response.EnsureSuccessStatusCode();
                contentType ??= response.Content.Headers.ContentType?.ToString();
            }
            // Hot: the second read of each is what wrk will see; keep its exact bytes for the bare endpoint.
            long hubBytes = 0;
            foreach (var id in ids)
            {
                var bytes = await http.GetByteArrayAsync($"/api/papers/{id}");
                bare[id] = bytes;
                hubBytes += bytes.Length;
            }
            log($"  {hubs} hot hubs, {hubBytes / hubs} bytes each on average; wrk {Wrk.Threads} threads, {seconds} s each");
            // Warm-up, not recorded: tiered JIT compiles the hot paths under load first (the first seconds run Tier-0 code).
            await Wrk.Run(root, ids.Select(id => $"/api/papers/{id}").ToList(), Math.Max(2, seconds / 2), connectionLevels.Max(), "warm-up");
            await Wrk.Run(root, ids.Select(id => $"/bench/bare/{id}").ToList(), Math.Max(2, seconds / 2), connectionLevels.Max(), "warm-up");
            var levels = new List<object>();
            foreach (var connections in connectionLevels)
            {
                var api = await Wrk.Run(root, ids.Select(id => $"/api/papers/{id}").ToList(), seconds, connections, "GET /api/papers/{id}");
                var ceiling = await Wrk.Run(root, ids.Select(id => $"/bench/bare/{id}").ToList(), seconds, connections, "GET /bench/bare/{id} (same bytes)");
                var ratio = Math.Round(api.RequestsPerSecond / ceiling.RequestsPerSecond, 3);
                log($"  {connections} connections: lookups {api.RequestsPerSecond:F0} req/s (p50 {api.P50Ms} ms, p99 {api.P99Ms} ms) vs ceiling {ceiling.RequestsPerSecond:F0} req/s (p50 {ceiling.P50Ms} ms, p99 {ceiling.P99Ms} ms): {ratio:P0}; server CPU {api.ServerCpuPercent}% / {ceiling.ServerCpuPercent}% of a core, {api.ServerCpuMicrosecondsPerRequest} / {ceiling.ServerCpuMicrosecondsPerRequest} µs a request");
                levels.Add(new { connections, api, ceiling, ratioToCeiling = ratio });
            }
            var breakdown = await Breakdown(app.Services, ids);
            return new { hubs, averageHubBytes = hubBytes / hubs, seconds, wrkThreads = Wrk.Threads, levels, breakdown, note = "wrk, the server (silo + API in the bench process) and the idle simulator share the machine's cores" };
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}

/// <summary>What one lookup costs without HTTP: the grain call alone, and the JSON serialization of the hub alone,
/// each driven by 32 concurrent loops for 3 s in this process (CPU time per operation from the process's CPU clock).</summary>
public static class LookupCost
{
    public static async Task<object> Measure(IServiceProvider services, IReadOnlyList<string> ids)
    {
        var grains = services.GetRequiredService<IGrainFactory>();
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var hubs = new List<object>();
        foreach (var id in ids) hubs.Add((await grains.GetGrain<IPaperDirectoryGrain>(0).Lookup(id)).Hub!);
        var call = await Loop(async i => await grains.GetGrain<IPaperDirectoryGrain>(0).Lookup(ids[i % ids.Count]));
        var direct = await Loop(async i => await grains.GetGrain<IPaperGrain>(ids[i % ids.Count]).GetHub(false));
        var serialize = await Loop(i =>
        {
            _ = JsonSerializer.SerializeToUtf8Bytes(hubs[i % hubs.Count], hubs[i % hubs.Count].GetType(), json);
            return Task.CompletedTask;
        });
        return new { directoryLookup = call, paperGrainGetHub = direct, jsonSerializeHub = serialize };
    }

    private static async Task<object> Loop(Func<int, Task> operation)
    {
        var stop = DateTime.UtcNow.AddSeconds(3);
        var count = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 32).Select(loop => Task.Run(async () =>
        {
            var i = loop;
            while (DateTime.UtcNow < stop)
            {
                await operation(i);
                i += 32;
                Interlocked.Increment(ref count);
            }
        })));
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        return new { perSecond = Math.Round(count / watch.Elapsed.TotalSeconds), cpuMicrosecondsEach = Math.Round(cpuMs * 1000 / count, 1) };
    }
}

/// <summary>wrk (Debian package) with a Lua script that cycles through a list of paths.</summary>
public static partial class Wrk
{
    public const int Threads = 2;

    public static bool Installed => File.Exists("/usr/bin/wrk") || File.Exists("/usr/local/bin/wrk");

    public static async Task<WrkFigures> Run(Uri root, IReadOnlyList<string> paths, int seconds, int connections, string name)
    {
        var script = Path.GetTempFileName() + ".lua";
        await File.WriteAllTextAsync(script,
            "local paths = {" + string.Join(",", paths.Select(p => $"\"{p}\"")) + "}\n" +
            "local i = math.random(#paths)\n" +
            "request = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n");
        try
        {
            var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { $"-t{Threads}", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", script, root.ToString().TrimEnd('/') })
                start.ArgumentList.Add(arg);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
            var wallMs = watch.Elapsed.TotalMilliseconds;
            if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed: {output}");
            var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            var requests = long.Parse(RequestCount().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            var errors = Non2xx().Match(output) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            var socketErrors = SocketErrors().Match(output);
            if (socketErrors.Success) errors += socketErrors.Groups.Values.Skip(1).Sum(g => int.Parse(g.Value, CultureInfo.InvariantCulture));
            if (errors > 0) throw new InvalidOperationException($"wrk saw {errors} errors on {name}: {output}");
            return new WrkFigures(name, Math.Round(rps, 0), Percentile(output, "50%"), Percentile(output, "99%"), requests, errors)
            {
                ServerCpuPercent = Math.Round(cpuMs * 100 / wallMs, 0),
                ServerCpuMicrosecondsPerRequest = Math.Round(cpuMs * 1000 / Math.Max(1, requests), 1),
            };
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static double Percentile(string output, string label)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(label)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success) throw new InvalidOperationException($"no {label} latency in wrk's output: {output}");
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return Math.Round(match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value }, 3);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestCount();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}

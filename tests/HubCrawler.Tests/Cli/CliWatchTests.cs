using System.Text.RegularExpressions;
using HubCrawler.Cli;

namespace HubCrawler.Tests.Cli;

using ApiHost = HubCrawler.Tests.Api.ApiHost;

/// <summary>The CLI follows crawls through the server-sent event stream: <c>status --watch</c>, and a stream that drops
/// under the watcher (as when the silo serving it goes) is reconnected and followed to the end.</summary>
[Collection(Api.ApiCollection.Name)]
public sealed partial class CliWatchTests(ApiHost host)
{
    private SyntheticGraph Graph => host.Simulator.Graph;

    [Fact]
    public async Task Status_watch_follows_a_running_crawl_to_the_end_and_prints_the_summary()
    {
        var seed = Graph.Papers[150];
        var expected = Graph.Reachable([seed.Index], 3).Count;
        var started = await host.Http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { seed.PaperId }, depth = 3, maxPapers = 5000 });
        var jobId = started.Headers.Location!.ToString().Split('/')[^1];

        var run = await CliRunner.RunAsync(host.Silo.Address, "status", jobId, "--watch");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains($"Crawl {jobId}: done", run.Console);
        Assert.Matches($@"discovered\W+{expected}\W", run.Console);
        Assert.Matches(@"pending\W+0\W", run.Console);
    }

    [Fact]
    public async Task Status_watch_with_json_is_a_usage_error()
    {
        var started = await host.Http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { Graph.Papers[151].PaperId }, depth = 0, maxPapers = 1 });
        var jobId = started.Headers.Location!.ToString().Split('/')[^1];
        var run = await CliRunner.RunAsync(host.Silo.Address, "status", jobId, "--watch", "--json");
        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
    }

    [Fact]
    public async Task A_crawl_whose_event_stream_is_cut_is_reconnected_and_watched_to_the_end()
    {
        await using var relay = new StreamCuttingRelay(host.Silo.Address);
        var seed = Graph.Papers[152];
        var expected = Graph.Reachable([seed.Index], 3).Count;

        var run = await CliRunner.RunAsync(relay.Address, "crawl", seed.PaperId, "--depth", "3", "--max-papers", "5000");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.True(relay.Cut, "the stream was never cut: the crawl ended before its first status event");
        // The start, the first stream, and at least one reconnection.
        Assert.True(relay.Connections >= 3, $"{relay.Connections} connections");
        var jobId = StartedJob().Match(run.Console).Groups[1].Value;
        Assert.Contains($"Crawl {jobId}: done", run.Console);
        Assert.Matches($@"discovered\W+{expected}\W", run.Console);
        Assert.Equal("", run.Errors);
    }

    [GeneratedRegex("Crawl ([0-9a-f]{16}) started")]
    private static partial Regex StartedJob();
}

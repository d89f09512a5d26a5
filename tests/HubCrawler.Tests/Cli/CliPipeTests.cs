using System.Text.RegularExpressions;
using HubCrawler.Cli;

namespace HubCrawler.Tests.Cli;

/// <summary><c>hubcrawler</c> with its output in a pipe: no line is folded at 80 columns, so a 40-character paper id
/// and a printed command stay whole on one line for grep, cut and copy-paste.</summary>
[Collection(Api.ApiCollection.Name)]
public sealed partial class CliPipeTests(Api.ApiHost host)
{
    [Fact]
    public async Task In_a_pipe_the_cancel_hint_and_a_long_paper_id_each_stay_on_one_line()
    {
        var seed = host.Simulator.Graph.Papers[150].PaperId;
        Assert.Equal(40, seed.Length);

        var started = await CliProcess.RunAsync(host.Silo.Address, "crawl", seed, "--depth", "0", "--no-wait");

        Assert.True(started.ExitCode == ExitCodes.Ok, started.ToString());
        var jobId = JobId().Match(started.Console).Groups["job"].Value;
        Assert.Contains(Lines(started.Console), line => line.Contains($"hubcrawler cancel {jobId}", StringComparison.Ordinal));
        Assert.Contains(Lines(started.Console), line => line.Contains($"hubcrawler status {jobId}", StringComparison.Ordinal));

        var recent = await CliProcess.RunAsync(host.Silo.Address, "status");

        Assert.True(recent.ExitCode == ExitCodes.Ok, recent.ToString());
        Assert.Contains(Lines(recent.Console), line => line.Contains(jobId, StringComparison.Ordinal) && line.Contains(seed, StringComparison.Ordinal));
        Assert.Contains(Lines(recent.Console), line => line.Contains("hubcrawler status <job>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_a_pipe_a_hub_keeps_its_rules_and_panels_to_a_readable_width()
    {
        var paper = host.Simulator.Graph.Papers.Where(p => p.Index > 0).MaxBy(p => host.Simulator.Graph.CitationsOf(p.Index).Count)!;

        var run = await CliProcess.RunAsync(host.Silo.Address, "show", paper.PaperId);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains(Lines(run.Console), line => line.Contains(paper.PaperId, StringComparison.Ordinal));
        foreach (var filling in new[] { "── How it is cited ", "┌─Abstract─", "│ role " })
        {
            var line = Assert.Single(Lines(run.Console), l => l.Contains(filling, StringComparison.Ordinal)).TrimEnd();
            Assert.True(line.Length <= 100, $"{line.Length} columns: {line}\n{run.Console}");
        }
    }

    private static string[] Lines(string text) => text.Split('\n');

    [GeneratedRegex("Crawl (?<job>[0-9a-f]{16}) started")]
    private static partial Regex JobId();
}

using HubCrawler.Cli;
using HubCrawler.Tests.Cli;

namespace HubCrawler.Tests.Related;

/// <summary><c>hubcrawler related</c> against the real host: the evidence in words, the JSON as it came, and clear errors.</summary>
[Collection(RelatedCollection.Name)]
public sealed class RelatedCliTests(RelatedHost host)
{
    [Fact]
    public async Task Related_prints_both_lists_with_their_evidence()
    {
        var seed = host.BothSeed;
        var expected = GraphOracle.CoCitation(host.Graph, seed.Index, host.ReferencesHeld).OrderByDescending(e => e.Value).ThenBy(e => host.Graph.Papers[e.Key].PaperId, StringComparer.Ordinal).First();
        var run = await CliRunner.RunAsync(host.Silo.Address, "related", seed.PaperId, "--limit", "5");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("co-citation", run.Console);
        Assert.Contains("coupling", run.Console);
        Assert.Contains(host.Graph.Papers[expected.Key].PaperId, run.Console);
        Assert.Contains(expected.Value switch { 1 => "cited together once", 2 => "cited together twice", var n => $"cited together {n} times" }, run.Console);
        Assert.Matches(@"shares \d+ reference", run.Console);
    }

    [Fact]
    public async Task Related_json_is_the_APIs_answer_and_an_unknown_paper_or_bad_limit_is_an_error()
    {
        var json = await CliRunner.RunAsync(host.Silo.Address, "related", host.BothSeed.PaperId, "--json");
        Assert.True(json.ExitCode == ExitCodes.Ok, json.ToString());
        Assert.Equal(host.BothSeed.PaperId, JsonDocument.Parse(json.Output).RootElement.GetProperty("paperId").GetString());

        var unknown = await CliRunner.RunAsync(host.Silo.Address, "related", new string('0', 40));
        Assert.Equal(ExitCodes.ApiError, unknown.ExitCode);
        Assert.Contains("holds no hub", unknown.ToString());

        Assert.Equal(ExitCodes.Usage, (await CliRunner.RunAsync(host.Silo.Address, "related", host.BothSeed.PaperId, "--limit", "0")).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await CliRunner.RunAsync(host.Silo.Address, "related", "not-an-id")).ExitCode);
    }
}

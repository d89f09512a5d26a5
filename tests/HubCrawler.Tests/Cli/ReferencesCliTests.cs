using HubCrawler.Cli;
using HubCrawler.Tests.Api;

namespace HubCrawler.Tests.Cli;

// The fixture, not the HubCrawler.ApiHost namespace that an enclosing-namespace lookup would find first.
using ApiHost = HubCrawler.Tests.Api.ApiHost;

/// <summary><c>hubcrawler references</c> and <c>crawl --direction</c> against the real host and the simulator.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReferencesCliTests(ApiHost host)
{
    private Uri Api => host.Silo.Address;
    private SyntheticGraph Graph => host.Simulator.Graph;

    [Fact]
    public async Task References_lists_the_cited_papers_and_prints_the_next_page_command()
    {
        var paper = Graph.Papers.Where(p => p.Index > Graph.Papers.Count / 3).First(p => Graph.ReferencesOf(p.Index).Count >= 4);
        var run = await CliRunner.RunAsync(Api, "references", paper.PaperId, "--limit", "2");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("cited paper", run.Console);
        Assert.Contains($"of {Graph.ReferencesOf(paper.Index).Count} cited by {paper.PaperId}", run.Console);
        Assert.Contains($"hubcrawler references {paper.PaperId} --limit 2 --offset 2", run.Console.Replace("\n", " "));
    }

    [Fact]
    public async Task Crawl_along_references_reaches_the_oracles_papers_and_a_bad_direction_is_a_usage_error()
    {
        var seed = Graph.Papers.Where(p => p.Index > Graph.Papers.Count / 2).First(p => Graph.CitedPapersOf(p.Index).Count >= 2);
        var expected = Graph.Reachable([seed.Index], 2, EdgeDirections.References).Count;
        var run = await CliRunner.RunAsync(Api, "crawl", seed.PaperId, "--depth", "2", "--direction", "references");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("along references", run.Console);
        Assert.Matches($@"discovered\W+{expected}\W", run.Console);

        var bad = await CliRunner.RunAsync(Api, "crawl", seed.PaperId, "--direction", "sideways");
        Assert.Equal(ExitCodes.Usage, bad.ExitCode);
    }
}

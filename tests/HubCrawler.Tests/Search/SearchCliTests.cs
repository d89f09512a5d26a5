using HubCrawler.Cli;
using HubCrawler.Tests.Cli;

namespace HubCrawler.Tests.Search;

/// <summary><c>hubcrawler search</c> against the real host and the simulator.</summary>
[Collection(SearchCollection.Name)]
public sealed class SearchCliTests(SearchHost host)
{
    [Fact]
    public async Task Search_names_the_exact_title_match_and_lists_papers_for_words()
    {
        var paper = host.UniquelyTitled(2);
        var exact = await CliRunner.RunAsync(host.Silo.Address, ["search", .. paper.Title.Split(' ')]);
        Assert.True(exact.ExitCode == ExitCodes.Ok, exact.ToString());
        Assert.Contains($"hubcrawler show {paper.PaperId}", exact.Console);

        var words = await CliRunner.RunAsync(host.Silo.Address, "search", "retrieval", "--limit", "3", "--json");
        Assert.True(words.ExitCode == ExitCodes.Ok, words.ToString());
        using var document = JsonDocument.Parse(words.Output);
        var results = document.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Contains("retrieval", r.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase));

        var table = await CliRunner.RunAsync(host.Silo.Address, "search", "retrieval", "--limit", "3");
        Assert.Contains(results[0].GetProperty("hubId").GetString()!, table.Console);
    }

    [Fact]
    public async Task A_query_that_cannot_be_searched_is_a_usage_error_and_sends_nothing()
    {
        var run = await CliRunner.RunAsync(host.Silo.Address, "search", "DOI:10.1/x");
        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        Assert.Contains("not a DOI", run.Errors);
    }
}

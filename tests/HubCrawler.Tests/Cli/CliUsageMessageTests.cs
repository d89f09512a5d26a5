using HubCrawler.Cli;

namespace HubCrawler.Tests.Cli;

/// <summary>A usage error names the option the user typed (<c>--max-papers</c>), not the API field the shared rule checks.</summary>
public sealed class CliUsageMessageTests
{
    [Theory]
    [InlineData("--depth must be between 0 and 10", "crawl", "arXiv:2501.00001", "--depth", "11")]
    [InlineData("--max-papers must be between 1 and", "crawl", "arXiv:2501.00001", "--max-papers", "0")]
    [InlineData("--limit must be between 1 and 1000", "citations", "arXiv:2501.00001", "--limit", "0")]
    [InlineData("--year-from must not be after --year-to", "citations", "arXiv:2501.00001", "--year-from", "2020", "--year-to", "2019")]
    public async Task The_message_names_the_option(string message, params string[] args)
    {
        var run = await CliRunner.RunAsync(new Uri("http://127.0.0.1:1/"), args);

        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        Assert.Contains(message, run.Errors);
    }
}

using System.CommandLine;
using HubCrawler.Cli.Rendering;

namespace HubCrawler.Cli.Commands;

/// <summary><c>status [jobId] [--json]</c>: one crawl's progress, or the recent crawls.</summary>
internal static class StatusCommand
{
    private const int RecentLimit = 20;

    public static Command Create(CliContext cli)
    {
        var jobId = new Argument<string?>("jobId") { Description = "A crawl's job id; without it, the recent crawls", Arity = ArgumentArity.ZeroOrOne };
        var json = JsonOption.Create();
        var command = new Command("status", $"Show a crawl's progress, or the {RecentLimit} most recent crawls") { jobId, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var api = cli.CreateClient(parse);
            if (parse.GetValue(jobId) is { Length: > 0 } id)
            {
                var status = await api.GetCrawlAsync(id, cancellationToken);
                if (parse.GetValue(json)) await cli.Output.WriteLineAsync(status.Raw);
                else CrawlReport.Render(cli.Console, status.Value);
                return ExitCodes.Ok;
            }

            var recent = await api.GetRecentCrawlsAsync(RecentLimit, cancellationToken);
            if (parse.GetValue(json)) await cli.Output.WriteLineAsync(recent.Raw);
            else RecentCrawlsTable.Render(cli.Console, recent.Value);
            return ExitCodes.Ok;
        });
        return command;
    }
}

namespace HubCrawler.Cli.Commands;

/// <summary><c>status [jobId] [--json] [--watch]</c>: one crawl's progress (followed live to the end with --watch), or the recent crawls.</summary>
internal static class StatusCommand
{
    private const int RecentLimit = 20;

    public static Command Create(CliContext cli)
    {
        var jobId = new Argument<string?>("jobId") { Description = "A crawl's job id; without it, the recent crawls", Arity = ArgumentArity.ZeroOrOne };
        var json = JsonOption.Create();
        var watch = new Option<bool>("--watch", "-w") { Description = "Follow the crawl's progress live until it is done, then show the summary" };
        var command = new Command("status", $"Show a crawl's progress, or the {RecentLimit} most recent crawls") { jobId, json, watch };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var api = cli.CreateClient(parse);
            if (parse.GetValue(jobId) is { Length: > 0 } id)
            {
                var status = await api.GetCrawlAsync(id, cancellationToken);
                if (parse.GetValue(watch))
                {
                    if (parse.GetValue(json)) throw new UsageException("--watch draws progress for people; --json prints one status: use one of them.");
                    var watched = status.Value.Done ? status.Value : await CrawlWatcher.WatchAsync(cli, api, status.Value, cancellationToken);
                    if (watched is null)
                    {
                        cli.Console.MarkupLineInterpolated($"[yellow]Stopped watching.[/] Crawl [bold]{id}[/] goes on in HubCrawler.");
                        return ExitCodes.Interrupted;
                    }
                    CrawlReport.Render(cli.Console, watched);
                    return ExitCodes.Ok;
                }
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

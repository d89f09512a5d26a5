namespace HubCrawler.Cli.Commands;

/// <summary><c>cancel &lt;jobId&gt;</c>: stops a crawl (nothing more is admitted or waited for).</summary>
internal static class CancelCommand
{
    public static Command Create(CliContext cli)
    {
        var jobId = new Argument<string>("jobId") { Description = "The crawl's job id (from 'crawl' or 'status')" };
        var json = JsonOption.Create();
        var command = new Command("cancel", "Cancel a crawl") { jobId, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var api = cli.CreateClient(parse);
            var status = await api.CancelCrawlAsync(parse.GetValue(jobId)!, cancellationToken);
            if (parse.GetValue(json))
            {
                await cli.Output.WriteLineAsync(status.Raw);
                return ExitCodes.Ok;
            }
            cli.Console.MarkupLineInterpolated($"Crawl [bold]{status.Value.JobId}[/] is {CrawlReport.State(status.Value)}.");
            CrawlReport.Render(cli.Console, status.Value);
            return ExitCodes.Ok;
        });
        return command;
    }
}

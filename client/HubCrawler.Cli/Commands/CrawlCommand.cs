namespace HubCrawler.Cli.Commands;

/// <summary><c>crawl &lt;ids…&gt; --depth N --max-papers N [--no-wait]</c>: starts a crawl and watches it to the end.</summary>
internal static class CrawlCommand
{
    public static Command Create(CliContext cli)
    {
        var ids = new Argument<string[]>("ids") { Description = "Seed papers (" + PaperIds.Help + ")", Arity = ArgumentArity.OneOrMore };
        var depth = new Option<int>("--depth", "-d") { Description = $"Citation hops to follow from the seeds, 0 to {CrawlRequest.MaxDepth}", DefaultValueFactory = _ => 1 };
        var maxPapers = new Option<int>("--max-papers", "-n") { Description = "Most papers to visit, seeds included", DefaultValueFactory = _ => 1000 };
        var noWait = new Option<bool>("--no-wait") { Description = "Print the job id and return instead of watching the crawl" };
        var direction = new Option<string>("--direction") { Description = "Edges to follow: the citing papers, the cited ones (references), or both", DefaultValueFactory = _ => "citations" };
        direction.AcceptOnlyFromAmong("citations", "references", "both");
        var command = new Command("crawl", "Crawl papers and the papers citing them (or cited by them), with live progress and a summary") { ids, depth, maxPapers, direction, noWait };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var seeds = parse.GetValue(ids)!.Select(PaperIds.Parse).Select(id => id.ToString()).ToList();
            var request = new CrawlRequest
            {
                Seeds = seeds,
                Depth = parse.GetValue(depth),
                MaxPapers = parse.GetValue(maxPapers),
                Direction = Enum.Parse<EdgeDirection>(parse.GetValue(direction)!, ignoreCase: true),
            };
            // The seeds are the command's arguments; the other fields are options.
            if (request.Validate(name => name == "seeds" ? name : OptionNames.For(name)) is { } invalid) throw new UsageException(invalid);

            using var api = cli.CreateClient(parse);
            var started = (await api.StartCrawlAsync(request, cancellationToken)).Value;
            cli.Console.MarkupLineInterpolated(
                $"Crawl [bold]{started.JobId}[/] started: {seeds.Count} seed(s), depth {request.Depth}{(request.Direction == EdgeDirection.Citations ? "" : $" along {Cells.Word(request.Direction)}")}, up to {Cells.Count(request.MaxPapers)} papers.");
            if (parse.GetValue(noWait))
            {
                cli.Console.MarkupLineInterpolated($"Follow it with [bold]hubcrawler status {started.JobId}[/], stop it with [bold]hubcrawler cancel {started.JobId}[/].");
                return ExitCodes.Ok;
            }

            var watched = await CrawlWatcher.WatchAsync(cli, api, started, cancellationToken);
            if (watched is null)
            {
                cli.Console.MarkupLineInterpolated(
                    $"[yellow]Stopped watching.[/] Crawl [bold]{started.JobId}[/] goes on in HubCrawler: follow it with [bold]hubcrawler status {started.JobId}[/], stop it with [bold]hubcrawler cancel {started.JobId}[/].");
                return ExitCodes.Interrupted;
            }
            CrawlReport.Render(cli.Console, watched);
            // A crawl none of whose seeds could be resolved did nothing; scripts should notice.
            return watched.Discovered == 0 && watched.SeedErrors.Count > 0 ? ExitCodes.ApiError : ExitCodes.Ok;
        });
        return command;
    }
}

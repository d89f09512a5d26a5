using HubCrawler.Cli.Api;
using HubCrawler.Cli.Commands;

namespace HubCrawler.Cli;

/// <summary>The <c>hubcrawler</c> command line: parses the arguments, runs one command against the HTTP API,
/// and turns every outcome into one of the <see cref="ExitCodes"/>.</summary>
public static class HubCrawlerCli
{
    private const string ExitCodeHelp =
        "Exit codes: 0 ok, 1 the API answered with an error, 2 usage error or malformed id (nothing sent), "
        + "3 the API is unreachable, 130 interrupted (Ctrl+C).";

    /// <summary>Runs the CLI in this process. <paramref name="console"/> gets the human output, <paramref name="output"/>
    /// the machine output (<c>--json</c>, exports to standard output); errors go to <see cref="CliSettings.ErrorConsole"/>.</summary>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter output, CliSettings? settings = null, CancellationToken cancellationToken = default)
    {
        var cli = new CliContext(console, output, settings ?? new CliSettings());
        var root = BuildRoot(cli);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) cli.Errors.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
            cli.Errors.MarkupLineInterpolated($"Run '{CommandLineOf(parse)} --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = output,
                Error = output,
                // Exceptions are mapped to exit codes below, and Ctrl+C arrives through cancellationToken (see Program).
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            }, cancellationToken);
        }
        catch (UsageException e)
        {
            cli.Errors.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.Usage;
        }
        catch (ApiProblemException e)
        {
            cli.Errors.MarkupLineInterpolated($"[red]error:[/] {e.Title}{(e.Status is { } status ? $" ({status})" : "")}");
            if (e.Detail is { Length: > 0 } detail) cli.Errors.WriteLine(detail);
            return ExitCodes.ApiError;
        }
        catch (ApiUnreachableException e)
        {
            cli.Errors.MarkupLineInterpolated($"[red]error:[/] cannot reach the HubCrawler API at {e.Api.AbsoluteUri.TrimEnd('/')} ({e.Reason}).");
            cli.Errors.WriteLine($"Start it with infra/run-local.sh (add --simulator to crawl the local simulator), "
                + $"or point --api or {CliSettings.ApiVariable} at a running one.");
            return ExitCodes.Unreachable;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cli.Errors.MarkupLine("[yellow]Interrupted.[/]");
            return ExitCodes.Interrupted;
        }
    }

    private static RootCommand BuildRoot(CliContext cli)
    {
        var root = new RootCommand(
            "hubcrawler: crawl scholarly citations and read paper hubs through the HubCrawler HTTP API.\n"
            + $"The API is --api, else ${CliSettings.ApiVariable}, else {CliSettings.DefaultApi} (start it with infra/run-local.sh).\n"
            + ExitCodeHelp)
        {
            cli.ApiOption,
            CrawlCommand.Create(cli),
            ShowCommand.Create(cli),
            SearchCommand.Create(cli),
            CitationsCommand.Create(cli),
            CitationsCommand.Create(cli, EdgeDirection.References),
            RelatedCommand.Create(cli),
            StatusCommand.Create(cli),
            CancelCommand.Create(cli),
            ExportCommand.Create(cli),
            WatchCommand.Create(cli),
        };
        return root;
    }

    private static string CommandLineOf(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, result.Command is RootCommand ? "hubcrawler" : result.Command.Name);
        return string.Join(' ', names);
    }
}

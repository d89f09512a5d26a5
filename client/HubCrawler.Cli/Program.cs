using HubCrawler.Cli;
using Spectre.Console;

// The first Ctrl+C cancels the running command (a watched crawl goes on in HubCrawler); a second one ends the process.
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (interrupt.IsCancellationRequested) return;
    e.Cancel = true;
    interrupt.Cancel();
};

var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
return await HubCrawlerCli.RunAsync(args, AnsiConsole.Console, Console.Out, new CliSettings { ErrorConsole = errors }, interrupt.Token);

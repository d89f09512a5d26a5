using HubCrawler.Cli;

// The first Ctrl+C cancels the running command (a watched crawl goes on in HubCrawler); a second one ends the process.
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (interrupt.IsCancellationRequested) return;
    e.Cancel = true;
    interrupt.Cancel();
};

var console = ConsoleWidth.Create(Console.Out, Console.IsOutputRedirected);
var errors = ConsoleWidth.Create(Console.Error, Console.IsErrorRedirected);
return await HubCrawlerCli.RunAsync(args, console, Console.Out, new CliSettings { ErrorConsole = errors }, interrupt.Token);

using HubCrawler.Cli;
using Spectre.Console;

namespace HubCrawler.Tests.Cli;

/// <summary>Runs <c>hubcrawler</c> in this process against a given API, capturing everything it writes.</summary>
public static class CliRunner
{
    public static Task<CliRun> RunAsync(Uri api, params string[] args) =>
        RunAsync([.. args, "--api", api.ToString()], new CliSettings { ReconnectDelay = TimeSpan.FromMilliseconds(100) });

    public static async Task<CliRun> RunAsync(string[] args, CliSettings settings, bool terminal = false, CancellationToken cancellationToken = default)
    {
        var console = new StringWriter();
        var errors = new StringWriter();
        var output = new StringWriter();
        var exitCode = await HubCrawlerCli.RunAsync(args, Console(console, terminal), output,
            new CliSettings
            {
                ErrorConsole = Console(errors, terminal: false),
                GetEnvironmentVariable = settings.GetEnvironmentVariable,
                ReconnectDelay = settings.ReconnectDelay,
                ReconnectFor = settings.ReconnectFor,
                RequestTimeout = settings.RequestTimeout,
            },
            cancellationToken);
        return new CliRun(exitCode, console.ToString(), errors.ToString(), output.ToString());
    }

    /// <summary>A wide console; <paramref name="terminal"/> makes it look like an interactive ANSI terminal.</summary>
    private static IAnsiConsole Console(StringWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = 200;
        return console;
    }
}

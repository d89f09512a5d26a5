using System.Diagnostics;

namespace HubCrawler.Tests.Cli;

/// <summary>Runs the built <c>hubcrawler</c> as its own process with its output redirected, as in a pipe
/// (<c>hubcrawler … | grep</c>): the console is then not a terminal and has no width of its own.</summary>
public static class CliProcess
{
    private static readonly string Directory = Path.Combine(RepositoryRoot.Path, "client", "HubCrawler.Cli", "bin", SiloProcess.BuildConfiguration, "net10.0");

    public static async Task<CliRun> RunAsync(Uri api, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(Directory, "hubcrawler.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.ArgumentList.Add("--api");
        start.ArgumentList.Add(api.ToString());
        // A width the environment might pass on (COLUMNS) must not be what keeps the lines whole.
        start.Environment.Remove("COLUMNS");
        using var cli = Process.Start(start) ?? throw new InvalidOperationException("hubcrawler did not start");
        cli.StandardInput.Close();
        var output = cli.StandardOutput.ReadToEndAsync();
        var errors = cli.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await cli.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            cli.Kill(entireProcessTree: true);
            throw new TimeoutException($"hubcrawler {string.Join(' ', args)} did not finish in a minute");
        }
        return new CliRun(cli.ExitCode, await output, await errors, "");
    }
}

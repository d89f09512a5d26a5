namespace HubCrawler.Tests.Cli;

/// <summary>What one in-process run of the CLI left behind.</summary>
/// <param name="ExitCode">The process exit code it would have had.</param>
/// <param name="Console">The human output (tables, charts, progress).</param>
/// <param name="Errors">The error output.</param>
/// <param name="Output">The machine output (<c>--json</c>, exports to standard output).</param>
public sealed record CliRun(int ExitCode, string Console, string Errors, string Output)
{
    public override string ToString() => $"exit {ExitCode}\n--- console\n{Console}\n--- errors\n{Errors}\n--- output\n{Output}";
}

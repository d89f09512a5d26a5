namespace HubCrawler.Cli;

/// <summary>How one run of the CLI meets its surroundings; the defaults are the real process's, tests replace them.</summary>
public sealed class CliSettings
{
    /// <summary>The environment variable that names the API when <c>--api</c> is not given.</summary>
    public const string ApiVariable = "HUBCRAWLER_API";

    /// <summary>The API of a local run (<c>infra/run-local.sh</c>).</summary>
    public const string DefaultApi = "http://127.0.0.1:5080";

    /// <summary>Where errors go; null writes them to the main console.</summary>
    public IAnsiConsole? ErrorConsole { get; init; }

    /// <summary>Reads an environment variable; the process environment by default.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>How long a watcher waits before it reconnects to a crawl's event stream that dropped (a restarting silo).</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a watcher keeps reconnecting to an API that does not answer before it gives up.</summary>
    public TimeSpan ReconnectFor { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one API request may take before the API counts as unreachable.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);
}

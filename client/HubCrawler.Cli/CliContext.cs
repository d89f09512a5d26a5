using HubCrawler.Cli.Api;

namespace HubCrawler.Cli;

/// <summary>What every command of one run shares: the consoles, the raw output, the settings and the global <c>--api</c> option.</summary>
internal sealed class CliContext(IAnsiConsole console, TextWriter output, CliSettings settings)
{
    /// <summary>Human output: tables, charts, progress.</summary>
    public IAnsiConsole Console { get; } = console;

    /// <summary>Error messages (standard error in the real process).</summary>
    public IAnsiConsole Errors { get; } = settings.ErrorConsole ?? console;

    /// <summary>Machine output written as is: <c>--json</c> bodies and exports to standard output.</summary>
    public TextWriter Output { get; } = output;

    public CliSettings Settings { get; } = settings;

    public Option<string> ApiOption { get; } = new("--api")
    {
        Description = $"The HubCrawler HTTP API [env {CliSettings.ApiVariable}; default {CliSettings.DefaultApi}]",
        HelpName = "url",
        Recursive = true,
    };

    /// <summary>The API client for this invocation: <c>--api</c>, else the environment variable, else the local default.</summary>
    public HubCrawlerApiClient CreateClient(ParseResult parse)
    {
        var text = parse.GetValue(ApiOption);
        if (string.IsNullOrWhiteSpace(text)) text = Settings.GetEnvironmentVariable(CliSettings.ApiVariable);
        if (string.IsNullOrWhiteSpace(text)) text = CliSettings.DefaultApi;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttp && api.Scheme != Uri.UriSchemeHttps))
            throw new UsageException($"'{text}' is not an http(s) URL for the API (from --api or {CliSettings.ApiVariable}).");
        return new HubCrawlerApiClient(api, Settings.RequestTimeout, Settings.ReconnectDelay, Settings.ReconnectFor);
    }
}

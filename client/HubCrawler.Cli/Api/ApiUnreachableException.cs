namespace HubCrawler.Cli.Api;

/// <summary>The API could not be reached at all, so there is no answer to report.</summary>
internal sealed class ApiUnreachableException(Uri api, string reason, Exception? inner = null)
    : Exception($"Cannot reach the HubCrawler API at {api}: {reason}", inner)
{
    public Uri Api { get; } = api;
    public string Reason { get; } = reason;
}

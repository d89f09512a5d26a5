namespace HubCrawler.Api.Security;

/// <summary>Who may do what through the API, and how often.</summary>
public sealed class ApiAccessOptions
{
    public const string Section = "Api";

    /// <summary>The key that starting and cancelling crawls need, sent as X-Api-Key. Without one,
    /// only clients on this machine (loopback) may start or cancel crawls. Reads are public.</summary>
    public string? Key { get; set; }
    /// <summary>Requests per minute per client address, for reads.</summary>
    public int ReadsPerMinute { get; set; } = 1200;
    /// <summary>Crawl starts and cancels per minute per client address.</summary>
    public int WritesPerMinute { get; set; } = 30;
}

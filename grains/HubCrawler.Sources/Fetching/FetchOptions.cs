namespace HubCrawler.Sources.Fetching;

/// <summary>How the crawler talks to sources: identity, timeouts, the retry budget for failures (5xx, timeouts) and the pauses for throttling.</summary>
public sealed class FetchOptions
{
    public const string Section = "Fetch";

    /// <summary>Sent with every request so source operators know who is crawling.</summary>
    public string UserAgent { get; set; } = "HubCrawler/0.1 (open citation crawler; +https://github.com/hubcrawler/hubcrawler)";
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Attempts per request, the first one included.</summary>
    public int MaxAttempts { get; set; } = 5;
    /// <summary>First backoff when the source gives no Retry-After; doubles per attempt, with jitter.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>Pauses of hosts that asked to wait (429/503).</summary>
    public ThrottleOptions Throttle { get; set; } = new();
    public int MaxBodyBytes { get; set; } = 64 * 1024 * 1024;
}

namespace HubCrawler.Grains.Fetching;

/// <summary>How the crawler talks to sources: identity, timeouts and the retry budget.</summary>
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
    /// <summary>The longest Retry-After the crawler will wait for in one go; longer ones fail the request.</summary>
    public TimeSpan RetryAfterMax { get; set; } = TimeSpan.FromMinutes(5);
    public int MaxBodyBytes { get; set; } = 64 * 1024 * 1024;
}

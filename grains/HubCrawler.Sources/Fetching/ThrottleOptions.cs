namespace HubCrawler.Sources.Fetching;

/// <summary>How a host that asked to wait without saying how long is paused (<see cref="HostThrottle"/>).</summary>
public sealed class ThrottleOptions
{
    public const string Section = "Fetch:Throttle";

    /// <summary>The first pause after a 429/503 without Retry-After.</summary>
    public TimeSpan Base { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>The longest pause the doubling reaches.</summary>
    public TimeSpan Max { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>Without an incident for this long, the next pause starts from <see cref="Base"/> again.</summary>
    public TimeSpan QuietReset { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>Share of the pause drawn at random either way (0.2 = ±20%).</summary>
    public double Jitter { get; set; } = 0.2;
    /// <summary>How long a request waits before asking again while the probe is out.</summary>
    public TimeSpan ProbeWait { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>A pause at most this long is waited out inside the fetch; a longer one sends the paper back to its crawl to wait.</summary>
    public TimeSpan WaitInline { get; set; } = TimeSpan.FromSeconds(2);
}

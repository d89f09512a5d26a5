namespace HubCrawler.Sources.Fetching;

/// <summary>Politeness limits for one source host.</summary>
/// <param name="MaxConcurrency">Requests in flight at once.</param>
/// <param name="RequestsPerSecond">Request starts per second; 0 for no rate limit.</param>
public sealed record HostLimits(int MaxConcurrency, double RequestsPerSecond)
{
    /// <summary>The source the host belongs to, as its configuration section names it ("Sources:OpenAlex"); for telemetry.</summary>
    public string? Source { get; init; }
}

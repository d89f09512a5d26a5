namespace HubCrawler.Grains.Fetching;

/// <summary>Politeness limits for one source host.</summary>
/// <param name="MaxConcurrency">Requests in flight at once.</param>
/// <param name="RequestsPerSecond">Request starts per second; 0 for no rate limit.</param>
public sealed record HostLimits(int MaxConcurrency, double RequestsPerSecond);

namespace HubCrawler.Sources;

/// <summary>What every source's options say about reaching it: where, and how politely.</summary>
public interface ISourceEndpointOptions
{
    /// <summary>The source's absolute http(s) base URL.</summary>
    string? BaseUrl { get; }

    /// <summary>Requests in flight at once, per silo.</summary>
    int MaxConcurrency { get; }

    /// <summary>Request starts per second for the whole cluster; 0 for no limit.</summary>
    double RequestsPerSecond { get; }
}

namespace HubCrawler.Sources;

/// <summary>Where another HubCrawler deployment serves its hub pages (<c>{BaseUrl}/papers/{id}</c>).</summary>
public sealed class HubPageOptions : ISourceEndpointOptions
{
    public const string Section = "Sources:Hub";

    /// <summary>Required when the hub source is enabled: there is no public default.</summary>
    public string? BaseUrl { get; set; }
    public int MaxConcurrency { get; set; } = 4;
    public double RequestsPerSecond { get; set; } = 10;
    /// <summary>Citing papers per page read (the pages allow up to 1000).</summary>
    public int PageSize { get; set; } = 1000;
    /// <summary>Pages of one paper's citing papers read at once after the first.</summary>
    public int ParallelPages { get; set; } = 4;
    public TimeSpan CacheTimeToLive { get; set; } = TimeSpan.FromDays(1);
    public int MaxCitationsPerPaper { get; set; } = 100_000;
}

namespace HubCrawler.Sources;

/// <summary>Where and how politely to reach the OpenCitations Index API v2.</summary>
public sealed class OpenCitationsOptions : ISourceEndpointOptions
{
    public const string Section = "Sources:OpenCitations";

    public string BaseUrl { get; set; } = "https://api.opencitations.net/index/v2";
    /// <summary>Sent as the <c>authorization</c> header when set; OpenCitations asks for one but answers without it.</summary>
    public string? AccessToken { get; set; }
    public int MaxConcurrency { get; set; } = 2;
    /// <summary>OpenCitations publishes no limit; a few requests a second keeps a crawl polite to a public service.</summary>
    public double RequestsPerSecond { get; set; } = 3;
    public TimeSpan CacheTimeToLive { get; set; } = TimeSpan.FromDays(7);
    /// <summary>The most rows OpenCitations answers a list with (its queries end <c>LIMIT 50000</c>): a list this long
    /// may have been cut, and the record says so.</summary>
    public int RowLimit { get; set; } = 50_000;
}

namespace HubCrawler.Sources;

/// <summary>Where and how politely to reach arXiv's abs pages.</summary>
public sealed class ArxivOptions : ISourceEndpointOptions
{
    public const string Section = "Sources:Arxiv";

    public string BaseUrl { get; set; } = "https://arxiv.org";
    public int MaxConcurrency { get; set; } = 1;
    /// <summary>arXiv asks robots for no more than one request every three seconds.</summary>
    public double RequestsPerSecond { get; set; } = 0.33;
    public TimeSpan CacheTimeToLive { get; set; } = TimeSpan.FromDays(7);
}

namespace HubCrawler.Grains.Sources;

/// <summary>Where and how politely to reach the Semantic Scholar Graph API.</summary>
public sealed class SemanticScholarOptions
{
    public const string Section = "Sources:SemanticScholar";

    public string BaseUrl { get; set; } = "https://api.semanticscholar.org/graph/v1";
    /// <summary>Sent as x-api-key when set.</summary>
    public string? ApiKey { get; set; }
    public int MaxConcurrency { get; set; } = 4;
    /// <summary>Request starts per second; the public API allows about 1 without a key.</summary>
    public double RequestsPerSecond { get; set; } = 1;
    /// <summary>Citations per page (the API allows up to 1000; large pages with contexts can time out).</summary>
    public int PageSize { get; set; } = 500;
    /// <summary>The smallest page a 504 may shrink the page size to before the fetch fails.</summary>
    public int MinPageSize { get; set; } = 25;
    /// <summary>How long a cached document of this source is used without asking the source again;
    /// after that it is revalidated with a conditional request.</summary>
    public TimeSpan CacheTimeToLive { get; set; } = TimeSpan.FromDays(1);
    /// <summary>Citations read per paper at most; the rest are counted but not listed.</summary>
    public int MaxCitationsPerPaper { get; set; } = 100_000;
}

namespace HubCrawler.Sources;

/// <summary>Where and how politely to reach OpenAlex.</summary>
public sealed class OpenAlexOptions : ISourceEndpointOptions
{
    public const string Section = "Sources:OpenAlex";

    public string BaseUrl { get; set; } = "https://api.openalex.org";
    /// <summary>Sent as the <c>api_key</c> query parameter when set (OpenAlex meters usage as a daily budget per key).</summary>
    public string? ApiKey { get; set; }
    public int MaxConcurrency { get; set; } = 4;
    public double RequestsPerSecond { get; set; } = 10;
    /// <summary>The largest <c>per-page</c> OpenAlex documents (200 is deprecated).</summary>
    public const int MaxPageSize = 100;

    /// <summary>Citing works per list page (<c>per-page</c>, at most <see cref="MaxPageSize"/>).</summary>
    public int PageSize { get; set; } = MaxPageSize;
    public TimeSpan CacheTimeToLive { get; set; } = TimeSpan.FromDays(1);
    public int MaxCitationsPerPaper { get; set; } = 100_000;
}

namespace HubCrawler.Grains.Sources;

/// <summary>Where and how politely to reach OpenAlex.</summary>
public sealed class OpenAlexOptions
{
    public const string Section = "Sources:OpenAlex";

    public string BaseUrl { get; set; } = "https://api.openalex.org";
    /// <summary>Sent as the <c>api_key</c> query parameter when set (OpenAlex meters usage as a daily budget per key).</summary>
    public string? ApiKey { get; set; }
    public int MaxConcurrency { get; set; } = 4;
    public double RequestsPerSecond { get; set; } = 10;
    /// <summary>Citing works per list page (<c>per-page</c>; OpenAlex allows up to 200).</summary>
    public int PageSize { get; set; } = 200;
    public TimeSpan CacheTimeToLive { get; set; } = TimeSpan.FromDays(1);
    public int MaxCitationsPerPaper { get; set; } = 100_000;
}

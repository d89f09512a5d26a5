namespace HubCrawler.Grains.Search;

/// <summary>How searches by title or words are answered.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>How long a source's answer to one search is reused without asking it again: a repeated query
    /// (a reload, the API after the page, another user) spends nothing; results this young are current enough.</summary>
    public TimeSpan CacheTimeToLive { get; set; } = TimeSpan.FromMinutes(15);
}

namespace HubCrawler.Sources.Caching;

/// <summary>Bounds of the document cache.</summary>
public sealed class CacheOptions
{
    public const string Section = "Cache";

    /// <summary>Entries not validated by their source for longer than this are evicted.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(90);
    /// <summary>The in-memory cache's size bound (least recently used entries go first).</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;
    /// <summary>The blob container of the Azure Blob cache.</summary>
    public string Container { get; set; } = "hubcrawler-cache";
    /// <summary>How often the silo evicts old entries from the blob cache.</summary>
    public TimeSpan EvictionInterval { get; set; } = TimeSpan.FromHours(1);
}

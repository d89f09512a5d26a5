namespace HubCrawler.Grains;

/// <summary>The grain storage provider that holds papers, aliases and crawl jobs.</summary>
public static class HubCrawlerStorage
{
    public const string Name = "hubcrawler";

    /// <summary>The Azure Blob provider behind <see cref="Name"/> when storage is blob storage.</summary>
    public const string BlobProviderName = "hubcrawler-blob";

    /// <summary>The memory provider behind <see cref="Name"/> when storage is memory.</summary>
    public const string MemoryProviderName = "hubcrawler-memory";
}

namespace HubCrawler.Grains;

/// <summary>The grain storage provider that holds papers, aliases and crawl jobs.</summary>
public static class HubCrawlerStorage
{
    public const string Name = "hubcrawler";
}

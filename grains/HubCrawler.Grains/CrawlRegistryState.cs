namespace HubCrawler.Grains;

/// <summary>The most recent crawls, oldest first.</summary>
[GenerateSerializer, Alias("hubcrawler.CrawlRegistryState")]
public sealed class CrawlRegistryState
{
    [Id(0)] public List<CrawlSummary> Crawls { get; set; } = [];
    /// <summary>Jobs started and not finished, whatever their age.</summary>
    [Id(1)] public HashSet<string> Unfinished { get; set; } = [];
}

namespace HubCrawler.Abstractions;

/// <summary>A crawl in the list of recent crawls.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.CrawlSummary")]
public sealed record CrawlSummary([property: Id(0)] string JobId, [property: Id(1)] CrawlRequest Request, [property: Id(2)] DateTimeOffset StartedAt);

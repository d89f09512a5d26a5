namespace HubCrawler.Abstractions;

/// <summary>A paper the crawl could not fetch, and why.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.CrawlFailure")]
public sealed record CrawlFailure([property: Id(0)] string PaperId, [property: Id(1)] string Reason, [property: Id(2)] string Message);

namespace HubCrawler.Abstractions;

/// <summary>A paper a crawl admitted, with the depth it still had.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.CrawledPaper")]
public sealed record CrawledPaper([property: Id(0)] string PaperId, [property: Id(1)] int RemainingDepth);

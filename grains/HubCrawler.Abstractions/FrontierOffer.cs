namespace HubCrawler.Abstractions;

/// <summary>A paper offered to a crawl's frontier: admit it (once, within the budget) or raise its depth.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.FrontierOffer")]
public sealed record FrontierOffer(
    [property: Id(0)] string PaperId,
    [property: Id(1)] int Depth,
    [property: Id(2)] int? KnownCitationCount = null);

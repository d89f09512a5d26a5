namespace HubCrawler.Abstractions;

/// <summary>How many citations have a polarity, and their share of all citations.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.PolarityShare")]
public sealed record PolarityShare([property: Id(0)] CitationPolarity Polarity, [property: Id(1)] int Count, [property: Id(2)] double Share);

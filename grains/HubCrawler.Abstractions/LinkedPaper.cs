namespace HubCrawler.Abstractions;

/// <summary>The paper at the other end of a held edge, with what the listing said of it.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.LinkedPaper")]
public sealed record LinkedPaper([property: Id(0)] string PaperId, [property: Id(1)] string? Title, [property: Id(2)] int? Year);

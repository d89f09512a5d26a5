namespace HubCrawler.Abstractions;

/// <summary>How many citations hold a role, and their share of the classified citations.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.RoleShare")]
public sealed record RoleShare([property: Id(0)] CitationRole Role, [property: Id(1)] int Count, [property: Id(2)] double Share);

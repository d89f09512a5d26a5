namespace HubCrawler.Abstractions;

/// <summary>The answer to a lookup: a hub, or why there is none.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.PaperLookup")]
public sealed record PaperLookup
{
    [Id(0)] public PaperHub? Hub { get; init; }
    [Id(1)] public LookupErrorKind Error { get; init; }
    [Id(2)] public string? Message { get; init; }

    public static PaperLookup Found(PaperHub hub) => new() { Hub = hub };
    public static PaperLookup Failed(LookupErrorKind error, string message) => new() { Error = error, Message = message };
}

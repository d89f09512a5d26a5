namespace HubCrawler.Abstractions;

/// <summary>A citing paper that appeared in a watched paper's citation list since the check before.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.CitationEvent")]
public sealed record CitationEvent
{
    /// <summary>Increases by one per event of the paper's feed; a webhook's cursor.</summary>
    [Id(0)] public long Sequence { get; init; }
    [Id(1)] public required string CitedPaperId { get; init; }
    [Id(2)] public required string CitingPaperId { get; init; }
    [Id(3)] public string? Title { get; init; }
    [Id(4)] public int? Year { get; init; }
    [Id(5)] public string? Venue { get; init; }
    [Id(6)] public string? Summary { get; init; }
    /// <summary>When the check that found it ran.</summary>
    [Id(7)] public DateTimeOffset DetectedAt { get; init; }
    [Id(8)] public CitationRole Role { get; init; }

    /// <summary>The Atom entry id: the same citation always has the same one.</summary>
    public string EntryId => $"urn:hubcrawler:citation:{CitedPaperId}:{CitingPaperId}";
}

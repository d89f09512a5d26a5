namespace HubCrawler.Abstractions;

/// <summary>A watched paper's new-citation events, newest last, as its Atom feed serves them.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.PaperFeed")]
public sealed record PaperFeed
{
    [Id(0)] public required string PaperId { get; init; }
    [Id(1)] public string? Title { get; init; }
    [Id(2)] public IReadOnlyList<CitationEvent> Events { get; init; } = [];
    /// <summary>Older events dropped to keep the feed within its cap.</summary>
    [Id(3)] public long Dropped { get; init; }
    /// <summary>When the paper was last checked (the baseline counts).</summary>
    [Id(4)] public DateTimeOffset? CheckedAt { get; init; }
    /// <summary>How many citing papers the feed knows (events are those that came after the first check).</summary>
    [Id(5)] public int Known { get; init; }
}

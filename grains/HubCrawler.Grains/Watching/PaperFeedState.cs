namespace HubCrawler.Grains.Watching;

/// <summary>A watched paper's feed: the citing papers seen so far and the events of those that came after the first check.</summary>
[GenerateSerializer, Alias("hubcrawler.PaperFeedState")]
public sealed class PaperFeedState
{
    [Id(0)] public bool Baselined { get; set; }
    /// <summary>Every citing paper id seen at any check (a paper that leaves the list and comes back is not new again).</summary>
    [Id(1)] public HashSet<string> Known { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public List<CitationEvent> Events { get; set; } = [];
    [Id(3)] public long Dropped { get; set; }
    [Id(4)] public long LastSequence { get; set; }
    [Id(5)] public DateTimeOffset? CheckedAt { get; set; }
    [Id(6)] public string? Title { get; set; }
    [Id(7)] public string? LastError { get; set; }
}

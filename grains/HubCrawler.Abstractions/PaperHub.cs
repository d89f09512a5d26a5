namespace HubCrawler.Abstractions;

/// <summary>Everything HubCrawler knows about one paper, as the API returns it.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.PaperHub")]
public sealed record PaperHub
{
    [Id(0)] public required string PaperId { get; init; }
    [Id(1)] public required PaperMetadata Metadata { get; init; }
    [Id(2)] public required HubSummary Summary { get; init; }
    /// <summary>When the source documents behind this hub were fetched.</summary>
    [Id(3)] public DateTimeOffset FetchedAt { get; init; }
    /// <summary>The sources this hub was built from.</summary>
    [Id(4)] public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>The last refresh that failed, if the hub is older than it should be.</summary>
    [Id(5)] public string? LastError { get; init; }
    /// <summary>How many citing papers the explorer can page through.</summary>
    [Id(6)] public int CitationsStored { get; init; }
    /// <summary>True when the hub is older than its freshness bound (a refresh is under way) or was
    /// built from cached documents because the source failed.</summary>
    [Id(7)] public bool Stale { get; init; }
    /// <summary>Seconds since <see cref="FetchedAt"/> when this answer was made.</summary>
    [Id(8)] public double AgeSeconds { get; init; }
    /// <summary>Sources that were asked for this paper and failed at the last refresh (source name → what happened).
    /// A source that does not know the paper is not listed.</summary>
    [Id(9)] public IReadOnlyDictionary<string, string> SourceErrors { get; init; } = new Dictionary<string, string>();
    /// <summary>Why the citation list is what it is when no source was asked for it, e.g. "No citations request:
    /// Semantic Scholar reported 0 citations on 2026-12-01T22:40Z"; null when the list was read from the sources.</summary>
    [Id(10)] public string? CitationListNote { get; init; }
    /// <summary>How each source's list of each direction adds up: reported = listed + duplicates + unresolved + not listed.</summary>
    [Id(11)] public IReadOnlyList<EdgeListCount> ListCounts { get; init; } = [];
    /// <summary>How the paper uses the papers it cites (the same shares, over its references); null until its references were read.</summary>
    [Id(12)] public HubSummary? References { get; init; }
    /// <summary>How many references the reference explorer can page through.</summary>
    [Id(13)] public int ReferencesStored { get; init; }
}

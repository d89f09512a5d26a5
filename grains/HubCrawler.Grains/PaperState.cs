using HubCrawler.Grains.Citations;

namespace HubCrawler.Grains;

/// <summary>What a paper grain persists: its metadata, its citations and their summary, and the
/// bookkeeping of its last fetch.</summary>
[GenerateSerializer, Alias("hubcrawler.PaperState")]
public sealed class PaperState
{
    [Id(0)] public PaperMetadata? Metadata { get; set; }
    /// <summary>The citations, when the list is short enough to live here; else empty and see <see cref="CitationList"/>.</summary>
    [Id(1)] public List<CitationEdge> Citations { get; set; } = [];
    [Id(2)] public HubSummary? Summary { get; set; }
    [Id(3)] public DateTimeOffset? FetchedAt { get; set; }
    /// <summary>The last fetch that failed, with its reason; cleared by the next good fetch.</summary>
    [Id(4)] public string? LastError { get; set; }
    [Id(5)] public DateTimeOffset? LastAttemptAt { get; set; }
    /// <summary>The sources the hub was built from.</summary>
    [Id(6)] public List<string> Sources { get; set; } = [];
    /// <summary>Where a long citation list lives, in pages outside grain state.</summary>
    [Id(7)] public CitationListRef? CitationList { get; set; }
    /// <summary>True when the last refresh had to use cached documents because the source failed.</summary>
    [Id(8)] public bool BuiltFromStaleDocuments { get; set; }
    [Id(9)] public int CitationCount { get; set; }
    /// <summary>Sources that failed at the last refresh while others answered (source → reason: message).</summary>
    [Id(10)] public Dictionary<string, string> SourceErrors { get; set; } = [];
    /// <summary>The Semantic Scholar citation pages the citations were read from, each with its URL (no secrets), ETag,
    /// Last-Modified and fetch time: what a refresh needs to ask "changed?" without keeping the pages' bodies.</summary>
    [Id(11)] public List<CitationPageValidator> CitationPages { get; set; } = [];
    /// <summary>Why the citation list was not read from the source, when it was not (e.g. it reported 0 citations).</summary>
    [Id(12)] public string? CitationListNote { get; set; }
    /// <summary>True when the last refresh failed and the hub stands in for the sources' answer; cleared by the next good refresh.</summary>
    [Id(13)] public bool RefreshFailed { get; set; }
    /// <summary>The papers this one cites, once read (a lookup or a crawl along references asked for them); null before.</summary>
    [Id(14)] public StoredEdgeList? References { get; set; }
    /// <summary>How each source's lists added up at the last refresh that read them.</summary>
    [Id(15)] public List<EdgeListCount> ListCounts { get; set; } = [];
}

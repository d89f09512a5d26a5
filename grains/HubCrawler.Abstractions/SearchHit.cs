namespace HubCrawler.Abstractions;

/// <summary>One paper a search found: enough to recognise it, and the id its hub opens under (<c>/papers/{HubId}</c>).
/// No hub is built for it until someone opens that hub.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.SearchHit")]
public sealed record SearchHit
{
    /// <summary>The id the hub opens under: the Semantic Scholar id when a source gave it, else a DOI, arXiv or OpenAlex id.</summary>
    [Id(0)] public required string HubId { get; init; }
    [Id(1)] public string? Title { get; init; }
    [Id(2)] public int? Year { get; init; }
    [Id(3)] public IReadOnlyList<string> Authors { get; init; } = [];
    [Id(4)] public string? Venue { get; init; }
    [Id(5)] public int? CitationCount { get; init; }
    /// <summary>The paper's ids by scheme ("SemanticScholar", "DOI", "ArXiv", "OpenAlex", "CorpusId", "PubMed").</summary>
    [Id(6)] public IReadOnlyDictionary<string, string> Ids { get; init; } = new Dictionary<string, string>();
    /// <summary>The sources that found it, in configured order.</summary>
    [Id(7)] public IReadOnlyList<string> Sources { get; init; } = [];
}

namespace HubCrawler.Abstractions;

/// <summary>What a source says about one paper, or what the sources say together once merged.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.PaperMetadata")]
public sealed record PaperMetadata
{
    /// <summary>The paper's grain key (its Semantic Scholar id when known); in one source's answer, the id in that source's form.</summary>
    [Id(0)] public required string PaperId { get; init; }
    [Id(1)] public string? Title { get; init; }
    [Id(2)] public IReadOnlyList<string> Authors { get; init; } = [];
    [Id(3)] public int? Year { get; init; }
    [Id(4)] public string? Venue { get; init; }
    [Id(5)] public string? Abstract { get; init; }
    [Id(6)] public string? Tldr { get; init; }
    /// <summary>Ids of the paper in other schemes, keyed by scheme ("ArXiv", "DOI", "CorpusId", "PubMed", "OpenAlex", ...).</summary>
    [Id(7)] public IReadOnlyDictionary<string, string> ExternalIds { get; init; } = new Dictionary<string, string>();
    [Id(8)] public int CitationCount { get; init; }
    [Id(9)] public int InfluentialCitationCount { get; init; }
    [Id(10)] public int ReferenceCount { get; init; }
    [Id(11)] public string? PublicationDate { get; init; }
    [Id(12)] public string? Url { get; init; }
    [Id(13)] public string? PdfUrl { get; init; }
    /// <summary>Which source each field of a merged record came from (field name → source name).</summary>
    [Id(14)] public IReadOnlyDictionary<string, string> Provenance { get; init; } = new Dictionary<string, string>();
}

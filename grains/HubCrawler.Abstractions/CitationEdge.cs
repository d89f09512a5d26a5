namespace HubCrawler.Abstractions;

/// <summary>One citation of a paper: who cites it, in what role, with what words.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.CitationEdge")]
public sealed record CitationEdge
{
    /// <summary>The citing paper's grain key (see <c>PaperIdSet.Key</c>); null when no source could resolve the citing paper.</summary>
    [Id(0)] public string? CitingPaperId { get; init; }
    [Id(1)] public string? Title { get; init; }
    [Id(2)] public int? Year { get; init; }
    [Id(3)] public string? Venue { get; init; }
    [Id(4)] public int? CitationCount { get; init; }
    [Id(5)] public bool IsInfluential { get; init; }
    /// <summary>The source's intents, as given (they can overlap).</summary>
    [Id(6)] public IReadOnlyList<string> Intents { get; init; } = [];
    /// <summary>The most specific role of the intents, counted once in the shares.</summary>
    [Id(7)] public CitationRole Role { get; init; }
    [Id(8)] public CitationPolarity Polarity { get; init; }
    /// <summary>The sentences of the citing paper around the citation.</summary>
    [Id(9)] public IReadOnlyList<string> Contexts { get; init; } = [];
    /// <summary>A one-line summary of the citing paper (its TL;DR, else the first sentence of its abstract).</summary>
    [Id(10)] public string? Summary { get; init; }
    /// <summary>True when the role came from the context classifier because the source gave no intent.</summary>
    [Id(11)] public bool RoleFromContext { get; init; }
    /// <summary>The citing paper's ids in other schemes ("DOI", "ArXiv", "OpenAlex", ...), used to recognise it across sources.</summary>
    // One dictionary per edge, never a shared empty one: the JSON grain storage fills the instance it finds.
    [Id(12)] public IReadOnlyDictionary<string, string> CitingExternalIds { get; init; } = new Dictionary<string, string>();
    /// <summary>The sources that listed this citation.</summary>
    [Id(13)] public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>When the context classifier judged the role: its most probable role (also when it abstained and <see cref="Role"/> stayed unclassified).</summary>
    [Id(14)] public CitationRole RoleCandidate { get; init; }
    /// <summary>The classifier's probability for <see cref="RoleCandidate"/>; null when the role was not judged from the contexts.</summary>
    [Id(15)] public double? RoleConfidence { get; init; }
    /// <summary>When the context classifier judged the polarity: its most probable polarity.</summary>
    [Id(16)] public CitationPolarity PolarityCandidate { get; init; }
    /// <summary>The classifier's probability for <see cref="PolarityCandidate"/>; null when the polarity came from the source.</summary>
    [Id(17)] public double? PolarityConfidence { get; init; }
    /// <summary>The citing paper's authors, when its listing gave them (for reference-manager exports).</summary>
    [Id(18)] public IReadOnlyList<string> Authors { get; init; } = [];
}

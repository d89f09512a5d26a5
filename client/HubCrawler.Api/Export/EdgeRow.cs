namespace HubCrawler.Api.Export;

/// <summary>A citation as every export format writes it: an edge from the citing paper (source) to the cited one (target),
/// and the list it was read from (<see cref="FoundIn"/>: the cited paper's citations, or the citing paper's references).</summary>
internal sealed record EdgeRow(
    string Kind, string Source, string Target, CitationRole Role, CitationPolarity Polarity, IReadOnlyList<string> Intents, bool IsInfluential,
    EdgeDirection FoundIn)
{
    /// <summary>A citation of <paramref name="citedPaperId"/> read from its citation list.</summary>
    public static EdgeRow From(string citedPaperId, CitationEdge citation) => new(
        "edge", citation.CitingPaperId!, citedPaperId, citation.Role, citation.Polarity, citation.Intents, citation.IsInfluential, EdgeDirection.Citations);

    /// <summary>A reference of <paramref name="citingPaperId"/> read from its reference list (the edge's <c>Citing*</c> fields name the cited paper).</summary>
    public static EdgeRow FromReference(string citingPaperId, CitationEdge reference) => new(
        "edge", citingPaperId, reference.CitingPaperId!, reference.Role, reference.Polarity, reference.Intents, reference.IsInfluential, EdgeDirection.References);
}

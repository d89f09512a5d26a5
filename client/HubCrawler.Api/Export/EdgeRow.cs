using HubCrawler.Abstractions;

namespace HubCrawler.Api.Export;

/// <summary>A citation as every export format writes it: an edge from the citing paper (source) to the cited one (target).</summary>
internal sealed record EdgeRow(
    string Kind, string Source, string Target, CitationRole Role, CitationPolarity Polarity, IReadOnlyList<string> Intents, bool IsInfluential)
{
    public static EdgeRow From(string citedPaperId, CitationEdge citation) => new(
        "edge", citation.CitingPaperId!, citedPaperId, citation.Role, citation.Polarity, citation.Intents, citation.IsInfluential);
}

using Microsoft.Extensions.Options;

namespace HubCrawler.Sources;

/// <summary>Each source's configured request rate (requests a second, for the whole cluster), for estimates of time left.</summary>
public sealed class SourceRates(
    IOptions<SemanticScholarOptions> semanticScholar,
    IOptions<OpenAlexOptions> openAlex,
    IOptions<ArxivOptions> arxiv,
    IOptions<HubPageOptions> hub,
    IOptions<OpenCitationsOptions> openCitations)
{
    /// <summary>The configured rate of <paramref name="source"/>; null when it has none (unlimited) or is unknown.</summary>
    public double? Of(string source) => (source switch
    {
        SemanticScholarSource.Name => semanticScholar.Value.RequestsPerSecond,
        Hubs.FieldPrecedence.OpenAlex => openAlex.Value.RequestsPerSecond,
        Hubs.FieldPrecedence.Arxiv => arxiv.Value.RequestsPerSecond,
        Hubs.FieldPrecedence.Hub => hub.Value.RequestsPerSecond,
        Hubs.FieldPrecedence.OpenCitations => openCitations.Value.RequestsPerSecond,
        _ => 0,
    }) is > 0 and var rate ? rate : null;
}

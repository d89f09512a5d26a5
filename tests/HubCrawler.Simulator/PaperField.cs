namespace HubCrawler.Simulator;

/// <summary>A paper field the simulated Graph API can serve.</summary>
internal enum PaperField
{
    PaperId,
    CorpusId,
    ExternalIds,
    Url,
    Title,
    Abstract,
    Venue,
    Year,
    PublicationDate,
    Authors,
    CitationCount,
    ReferenceCount,
    InfluentialCitationCount,
    Tldr,
}

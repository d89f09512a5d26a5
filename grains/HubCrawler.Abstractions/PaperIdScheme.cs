namespace HubCrawler.Abstractions;

/// <summary>The id schemes a paper can be named by.</summary>
public enum PaperIdScheme
{
    /// <summary>Semantic Scholar's 40-hex paper id: the canonical grain key.</summary>
    SemanticScholar,
    ArXiv,
    Doi,
    CorpusId,
    PubMed,
    /// <summary>OpenAlex work id (W followed by digits).</summary>
    OpenAlex,
}

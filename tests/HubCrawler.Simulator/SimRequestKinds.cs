namespace HubCrawler.Simulator;

/// <summary>Values of <see cref="SimRequest.Kind"/>.</summary>
public static class SimRequestKinds
{
    /// <summary>GET /graph/v1/paper/{id}.</summary>
    public const string Paper = "paper";

    /// <summary>GET /graph/v1/paper/{id}/citations.</summary>
    public const string Citations = "citations";

    /// <summary>GET /graph/v1/paper/{id}/references.</summary>
    public const string References = "references";

    /// <summary>POST /graph/v1/paper/batch.</summary>
    public const string Batch = "batch";

    /// <summary>GET /graph/v1/paper/search: relevance search.</summary>
    public const string Search = "search";

    /// <summary>GET /graph/v1/paper/search/match: the best title match.</summary>
    public const string SearchMatch = "search-match";

    /// <summary>GET /openalex/works?search=…: OpenAlex search.</summary>
    public const string OpenAlexSearch = "openalex-search";

    /// <summary>GET /openalex/works/{id}: one OpenAlex work.</summary>
    public const string OpenAlexWork = "openalex-work";

    /// <summary>GET /openalex/works?filter=…: a list of OpenAlex works (cited-by or batched lookup).</summary>
    public const string OpenAlexList = "openalex-list";

    /// <summary>GET /arxiv/abs/{arxivId}: an arXiv abs page.</summary>
    public const string ArxivAbs = "arxiv-abs";

    /// <summary>GET /opencitations/index/v2/citations/{id}.</summary>
    public const string OpenCitationsCitations = "opencitations-citations";

    /// <summary>GET /opencitations/index/v2/references/{id}.</summary>
    public const string OpenCitationsReferences = "opencitations-references";

    /// <summary>GET /opencitations/index/v2/citation-count/{id} or reference-count/{id}.</summary>
    public const string OpenCitationsCount = "opencitations-count";

    /// <summary>GET /papers/{id}: a HubCrawler hub page.</summary>
    public const string HubPage = "hub-page";

    /// <summary>The simulator's own endpoints under /sim/ (stats, oracle, fault controls).</summary>
    public const string Simulator = "sim";

    /// <summary>Anything else.</summary>
    public const string Other = "other";
}

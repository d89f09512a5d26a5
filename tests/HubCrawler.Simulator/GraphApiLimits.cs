namespace HubCrawler.Simulator;

/// <summary>The limits of the Semantic Scholar Graph API that the simulator enforces.</summary>
public static class GraphApiLimits
{
    /// <summary>Most ids one POST /paper/batch may name.</summary>
    public const int MaxBatchIds = 500;

    /// <summary>Largest limit of one citations page.</summary>
    public const int MaxCitationsPageSize = 1000;

    /// <summary>Default limit of a citations page when none is given.</summary>
    public const int DefaultCitationsPageSize = 100;

    /// <summary>Largest response body of POST /paper/batch (10 MB); larger answers are refused with 400.</summary>
    public const int MaxBatchResponseBytes = 10 * 1024 * 1024;

    /// <summary>Largest limit of one GET /paper/search page (relevance search), also its default.</summary>
    public const int MaxSearchPageSize = 100;

    /// <summary>How deep relevance search pages: offset + limit may be at most this.</summary>
    public const int MaxSearchResults = 1000;
}

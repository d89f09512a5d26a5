namespace HubCrawler.Simulator;

/// <summary>The limits of the OpenAlex API that the simulator enforces.</summary>
public static class OpenAlexLimits
{
    /// <summary>per-page when none is given.</summary>
    public const int DefaultPerPage = 25;

    /// <summary>Largest per-page OpenAlex documents; larger pages up to <see cref="MaxPerPage"/> are still served, as by the real API.</summary>
    public const int DocumentedMaxPerPage = 100;

    /// <summary>Largest per-page accepted (the real API's hard cap); more is refused with 400.</summary>
    public const int MaxPerPage = 200;

    /// <summary>Basic (page=N) paging reaches at most this many results; past it, use cursor paging.</summary>
    public const int MaxBasicPagingResults = 10_000;

    /// <summary>Most values one OR filter may list (filter=openalex:W1|W2|…).</summary>
    public const int MaxFilterValues = 100;
}

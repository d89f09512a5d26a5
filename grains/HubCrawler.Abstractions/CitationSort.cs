namespace HubCrawler.Abstractions;

/// <summary>The order of a citations page.</summary>
public enum CitationSort
{
    /// <summary>As the source listed them.</summary>
    Source = 0,
    /// <summary>Influential citations first, then by the citing paper's citation count.</summary>
    Influence,
    /// <summary>By the citing paper's citation count, most cited first.</summary>
    Citations,
    /// <summary>By the citing paper's year, newest first.</summary>
    Year,
}

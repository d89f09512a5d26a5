namespace HubCrawler.Abstractions;

/// <summary>What a citing paper uses the cited paper for.</summary>
public enum CitationRole
{
    /// <summary>No intent from the source and no classifier verdict.</summary>
    Unclassified = 0,
    /// <summary>Cited as background or related work.</summary>
    Background = 1,
    /// <summary>The cited paper's method, data or tool is used.</summary>
    Method = 2,
    /// <summary>Results are compared with the cited paper (baseline).</summary>
    Comparison = 3,
}

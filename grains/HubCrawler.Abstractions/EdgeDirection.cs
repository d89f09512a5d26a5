namespace HubCrawler.Abstractions;

/// <summary>Which edges of a paper: the papers citing it, the papers it cites, or both.</summary>
[Flags]
public enum EdgeDirection
{
    /// <summary>The papers that cite this one (forward snowballing).</summary>
    Citations = 1,
    /// <summary>The papers this one cites (backward snowballing).</summary>
    References = 2,
    Both = Citations | References,
}

namespace HubCrawler.Abstractions;

/// <summary>Why a search has no answer.</summary>
public enum SearchErrorKind
{
    None = 0,
    /// <summary>The query is empty, too long, has no words, or is a malformed id.</summary>
    InvalidInput,
    /// <summary>No enabled source could search (all failed, or none of them searches).</summary>
    SourceFailed,
}

namespace HubCrawler.Abstractions;

/// <summary>Why a lookup produced no hub.</summary>
public enum LookupErrorKind
{
    None = 0,
    /// <summary>The id is not a paper id in any accepted form, or a parameter is out of range.</summary>
    InvalidInput,
    /// <summary>The source says no such paper exists.</summary>
    NotFound,
    /// <summary>The source failed (5xx, timeout, rate limit past the retry budget, malformed answer).</summary>
    SourceFailed,
}

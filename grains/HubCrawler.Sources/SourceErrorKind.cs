namespace HubCrawler.Sources;

/// <summary>Why a source gave no usable answer.</summary>
public enum SourceErrorKind
{
    None = 0,
    /// <summary>The source has no such paper (404).</summary>
    NotFound,
    /// <summary>The source rejected the request (400, 403): retrying will not help.</summary>
    Rejected,
    /// <summary>The source kept failing (5xx, timeouts) past the retry budget.</summary>
    Unavailable,
    /// <summary>The answer arrived but could not be read (truncated or invalid JSON, missing fields).</summary>
    Malformed,
    /// <summary>The source's host asked to wait (429/503, a spent budget) or is paused: not a failure of the paper; it waits and goes again.</summary>
    Throttled,
}

namespace HubCrawler.Grains.Sources;

/// <summary>Why a source gave no usable answer.</summary>
public enum SourceErrorKind
{
    None = 0,
    /// <summary>The source has no such paper (404).</summary>
    NotFound,
    /// <summary>The source rejected the request (400, 403): retrying will not help.</summary>
    Rejected,
    /// <summary>The source kept failing (5xx, 429, timeouts) past the retry budget.</summary>
    Unavailable,
    /// <summary>The answer arrived but could not be read (truncated or invalid JSON, missing fields).</summary>
    Malformed,
}

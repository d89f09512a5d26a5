namespace HubCrawler.Grains.Sources;

/// <summary>A value from a source, or why there is none; with what it cost.</summary>
/// <param name="Requests">HTTP requests sent, retries and conditional requests included.</param>
/// <param name="Downloads">Documents whose body was downloaded (not served from the cache or confirmed by a 304).</param>
/// <param name="Stale">True when some document came from the cache because the source failed.</param>
public sealed record SourceResult<T>(T? Value, SourceErrorKind Error, string? Message, int Requests, int Downloads = 0, bool Stale = false)
    where T : class
{
    public bool IsSuccess => Error == SourceErrorKind.None;

    /// <summary>The short reason recorded on papers and in job reports.</summary>
    public string Reason => Error switch
    {
        SourceErrorKind.NotFound => "not-found",
        SourceErrorKind.Rejected => "rejected",
        SourceErrorKind.Unavailable => "source-unavailable",
        SourceErrorKind.Malformed => "malformed-response",
        _ => "ok",
    };

    public static SourceResult<T> Ok(T value, int requests, int downloads = 0, bool stale = false) => new(value, SourceErrorKind.None, null, requests, downloads, stale);
    public static SourceResult<T> Fail(SourceErrorKind error, string message, int requests) => new(null, error, message, requests);

    /// <summary>This failure as a result of another type, with <paramref name="requests"/> (default: this one's).</summary>
    public SourceResult<TOther> FailAs<TOther>(int? requests = null) where TOther : class => SourceResult<TOther>.Fail(Error, Message!, requests ?? Requests);
}

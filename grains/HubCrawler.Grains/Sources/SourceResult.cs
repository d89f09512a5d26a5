namespace HubCrawler.Grains.Sources;

/// <summary>A value from a source, or why there is none; with the number of HTTP requests it took.</summary>
public sealed record SourceResult<T>(T? Value, SourceErrorKind Error, string? Message, int Requests)
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

    public static SourceResult<T> Ok(T value, int requests) => new(value, SourceErrorKind.None, null, requests);
    public static SourceResult<T> Fail(SourceErrorKind error, string message, int requests) => new(null, error, message, requests);
}

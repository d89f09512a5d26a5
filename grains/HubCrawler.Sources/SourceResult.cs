namespace HubCrawler.Sources;

/// <summary>A value from a source, or why there is none; with what it cost.</summary>
/// <param name="Requests">HTTP requests sent, retries and conditional requests included.</param>
/// <param name="Downloads">Documents whose body was downloaded (not served from the cache or confirmed by a 304).</param>
/// <param name="Stale">True when some document came from the cache because the source failed.</param>
public sealed record SourceResult<T>(T? Value, SourceErrorKind Error, string? Message, int Requests, int Downloads = 0, bool Stale = false)
    where T : class
{
    private static readonly IReadOnlyDictionary<string, int> NoRequests = new Dictionary<string, int>();

    /// <summary><see cref="Requests"/> by kind, keyed "{source}/{kind}" (<see cref="Abstractions.SourceRequestKinds"/>); they add up to <see cref="Requests"/>.</summary>
    public IReadOnlyDictionary<string, int> RequestsByKind { get; init; } = NoRequests;

    /// <summary>True when the answer came in a request shared with other callers and counted (in <see cref="Requests"/>
    /// and <see cref="Downloads"/>) by the first of them, as a batch is: this result then counts 0, yet the source was
    /// asked and sent a body.</summary>
    public bool Shared { get; init; }

    public bool IsSuccess => Error == SourceErrorKind.None;

    /// <summary>For <see cref="SourceErrorKind.Throttled"/>: the host, until when, and why.</summary>
    public HostWait? Wait { get; init; }

    /// <summary>The short reason recorded on papers and in job reports.</summary>
    public string Reason => Error switch
    {
        SourceErrorKind.NotFound => "not-found",
        SourceErrorKind.Rejected => "rejected",
        SourceErrorKind.Unavailable => "source-unavailable",
        SourceErrorKind.Malformed => "malformed-response",
        SourceErrorKind.Throttled => "throttled",
        _ => "ok",
    };

    public static SourceResult<T> Ok(T value, int requests, int downloads = 0, bool stale = false) => new(value, SourceErrorKind.None, null, requests, downloads, stale);
    public static SourceResult<T> Fail(SourceErrorKind error, string message, int requests) => new(null, error, message, requests);

    /// <summary>This failure as a result of another type, with <paramref name="requests"/> (default: this one's, and its counts by kind).</summary>
    public SourceResult<TOther> FailAs<TOther>(int? requests = null) where TOther : class =>
        SourceResult<TOther>.Fail(Error, Message!, requests ?? Requests) with { RequestsByKind = requests is null ? RequestsByKind : NoRequests, Shared = Shared, Wait = Wait };

    /// <summary>This result with the requests <paramref name="tally"/> counted (its total and its counts by kind).</summary>
    public SourceResult<T> CountedBy(RequestTally tally) => this with { Requests = tally.Total, RequestsByKind = tally.ByKind() };

    /// <summary>The host of <paramref name="response"/> asked to wait: <paramref name="displayName"/>'s paper waits, with the host's reason.</summary>
    public static SourceResult<T> Throttled(FetchResponse response, string displayName, string what, int requests) =>
        Fail(SourceErrorKind.Throttled, $"{displayName} {what}: {response.Throttle!.Host} asked to wait until {response.Throttle.Until:u} ({response.Throttle.Reason})", requests) with { Wait = response.Throttle };
}

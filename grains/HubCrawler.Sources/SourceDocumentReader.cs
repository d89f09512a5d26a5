using HubCrawler.Sources.Caching;

namespace HubCrawler.Sources;

/// <summary>Reads one document of one source through the cache and parses it: a body that does not
/// parse is read again from the source (a truncated body is a transport accident) up to three times,
/// then becomes a recorded <see cref="SourceErrorKind.Malformed"/> error naming the document and what
/// was wrong; a body is cached only once it parsed. HTTP failures map to the source error kinds.
/// With <paramref name="cache"/> false the document cache is neither read nor written.</summary>
internal sealed class SourceDocumentReader(CachingFetcher fetch, string source, string displayName, TimeSpan timeToLive, Func<byte[], string> errorMessage, bool cache = true)
{
    private const int MaxReads = 3;

    /// <param name="kind">What the request is (<see cref="SourceRequestKinds"/>), for the counts by kind; a 304 counts as a revalidation.</param>
    public async Task<SourceResult<Parsed<T>>> ReadAsync<T>(FetchRequest request, string what, bool revalidate, Func<byte[], T> parse, CancellationToken cancellationToken,
        string kind = SourceRequestKinds.Metadata)
    {
        var tally = new RequestTally();
        for (var read = 1; ; read++)
        {
            var fetched = cache
                ? await fetch.GetAsync(source, request, timeToLive, revalidate || read > 1, cancellationToken)
                : await fetch.GetUncachedAsync(request, cancellationToken);
            var response = fetched.Response;
            tally.Add(source, fetched.Origin == DocumentOrigin.Revalidated ? SourceRequestKinds.Revalidation : kind, fetched.Requests);
            var requests = tally.Total;
            if (!response.IsSuccess) return Failure<T>(response, what, requests).CountedBy(tally);
            T value;
            try
            {
                value = parse(response.Body);
            }
            catch (FormatException) when (read < MaxReads)
            {
                continue;
            }
            catch (FormatException e)
            {
                return SourceResult<Parsed<T>>.Fail(SourceErrorKind.Malformed, $"{displayName} {what}: {e.Message}", requests).CountedBy(tally);
            }
            await fetch.AcceptAsync(source, fetched, cancellationToken);
            return SourceResult<Parsed<T>>.Ok(new Parsed<T>(value), requests,
                fetched.Origin == DocumentOrigin.Network ? 1 : 0, fetched.Origin == DocumentOrigin.Stale).CountedBy(tally);
        }
    }

    private SourceResult<Parsed<T>> Failure<T>(FetchResponse response, string what, int requests)
    {
        if (response.Throttle is not null) return SourceResult<Parsed<T>>.Throttled(response, displayName, what, requests);
        if (response.Status == 0)
            return SourceResult<Parsed<T>>.Fail(SourceErrorKind.Unavailable, $"{displayName} {what}: {response.TransportError} (after {response.Attempts} attempts)", requests);
        var message = errorMessage(response.Body);
        return response.Status switch
        {
            404 or 410 => SourceResult<Parsed<T>>.Fail(SourceErrorKind.NotFound, $"{displayName} has no {what}: {message}", requests),
            400 or 401 or 403 => SourceResult<Parsed<T>>.Fail(SourceErrorKind.Rejected, $"{displayName} rejected {what} ({response.Status}): {message}", requests),
            _ => SourceResult<Parsed<T>>.Fail(SourceErrorKind.Unavailable, $"{displayName} {what}: {response.Status} {message} (after {response.Attempts} attempts)", requests),
        };
    }
}

/// <summary>A parsed document (a class wrapper so value tuples can travel in a <see cref="SourceResult{T}"/>).</summary>
internal sealed record Parsed<T>(T Value);

internal static class ParsedResults
{
    /// <summary>The parsed value itself, or the same failure.</summary>
    public static SourceResult<T> Unwrap<T>(this SourceResult<Parsed<T>> result) where T : class => result.IsSuccess
        ? SourceResult<T>.Ok(result.Value!.Value, result.Requests, result.Downloads, result.Stale) with { RequestsByKind = result.RequestsByKind, Shared = result.Shared }
        : result.FailAs<T>();
}

namespace HubCrawler.Sources;

/// <summary>The one mapping of a failed Semantic Scholar answer to a <see cref="SourceErrorKind"/> and message,
/// shared by the citation pages and the batched metadata requests (a host that asked to wait is
/// <see cref="SourceErrorKind.Throttled"/>, for a batch as for a page).</summary>
internal static class SemanticScholarErrors
{
    /// <param name="what">What was asked, for the message ("paper X citations at offset 0").</param>
    public static SourceResult<T> Failure<T>(FetchResponse response, string what, int requests) where T : class
    {
        if (response.Throttle is not null) return SourceResult<T>.Throttled(response, "Semantic Scholar", what, requests);
        if (response.Status == 0)
            return SourceResult<T>.Fail(SourceErrorKind.Unavailable, $"Semantic Scholar {what}: {response.TransportError} (after {response.Attempts} attempts)", requests);
        var message = SemanticScholarJson.ErrorMessage(response.Body);
        return response.Status switch
        {
            404 => SourceResult<T>.Fail(SourceErrorKind.NotFound, message, requests),
            400 or 401 or 403 => SourceResult<T>.Fail(SourceErrorKind.Rejected, $"Semantic Scholar rejected {what} ({response.Status}): {message}", requests),
            _ => SourceResult<T>.Fail(SourceErrorKind.Unavailable, $"Semantic Scholar {what}: {response.Status} {message} (after {response.Attempts} attempts)", requests),
        };
    }

    /// <summary>True for the 400 the API gives when the response would be over its size limit (10 MB): a smaller request passes.</summary>
    public static bool IsResponseTooLarge(FetchResponse response)
    {
        if (response.Status != 400) return false;
        var message = SemanticScholarJson.ErrorMessage(response.Body);
        return message.Contains("too large", StringComparison.OrdinalIgnoreCase)
               || (message.Contains("exceed", StringComparison.OrdinalIgnoreCase)
                   && (message.Contains("size", StringComparison.OrdinalIgnoreCase) || message.Contains("MB", StringComparison.Ordinal)));
    }
}

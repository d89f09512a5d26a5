using System.Net;

namespace HubCrawler.Simulator;

/// <summary>
/// How one served form (Semantic Scholar JSON, OpenAlex JSON, HTML pages) writes the error answers that faults
/// inject, where it expects the API key when <see cref="SimulatorFaults.RequiredApiKey"/> is set, and which
/// <see cref="ThrottleScope"/> it belongs to.
/// </summary>
internal sealed class ResponseDialect
{
    /// <summary>Semantic Scholar's own 429 body, as its API sends it when the pool or the key is over its rate.</summary>
    public const string SemanticScholarThrottleMessage =
        "Too Many Requests. Please wait and try again or apply for a key for higher rate limits. https://www.semanticscholar.org/product/api#api-key-form";

    private readonly Func<HttpRequest, string, bool> _hasApiKey;
    private readonly Func<int, string, ReadOnlyMemory<byte>> _error;

    private ResponseDialect(
        string contentType,
        ThrottleScope scope,
        Func<HttpRequest, string, bool> hasApiKey,
        Func<int, string, ReadOnlyMemory<byte>> error,
        ReadOnlyMemory<byte> throttled)
    {
        ContentType = contentType;
        Scope = scope;
        _hasApiKey = hasApiKey;
        _error = error;
        Throttled = throttled;
    }

    /// <summary>Semantic Scholar: the key in the x-api-key header; errors as {"message":"…"}.</summary>
    public static ResponseDialect SemanticScholar { get; } = new(
        SimResponse.JsonContentType,
        ThrottleScope.SemanticScholar,
        static (request, key) => request.Headers["x-api-key"] == key,
        static (_, title) => GraphJson.Message("message", title),
        GraphJson.Message("message", SemanticScholarThrottleMessage));

    /// <summary>OpenAlex: the key in the api_key query parameter; errors as {"error":"…","message":"…"}.</summary>
    public static ResponseDialect OpenAlex { get; } = new(
        SimResponse.JsonContentType,
        ThrottleScope.OpenAlex,
        static (request, key) => request.Query["api_key"] == key,
        static (status, title) => OpenAlexJson.Error(title, status == StatusCodes.Status403Forbidden
            ? "A valid api_key query parameter is required."
            : title + "."),
        OpenAlexJson.Error("Too Many Requests", "Rate limit exceeded: too many requests. Slow down and try again."));

    /// <summary>HTML pages (arXiv abs pages, hub pages): public, so no key is asked for; errors as small HTML pages; never throttled by a window.</summary>
    public static ResponseDialect Html { get; } = new(
        SimResponse.HtmlContentType,
        ThrottleScope.None,
        static (_, _) => true,
        static (status, title) => HtmlErrorPage(status, title, title + "."),
        HtmlErrorPage(StatusCodes.Status429TooManyRequests, "Too Many Requests", "Too Many Requests."));

    /// <summary>OpenCitations: public (an access token is optional, so the shared key knob does not apply); errors as
    /// {"error":"…"}; never throttled by a window.</summary>
    public static ResponseDialect OpenCitations { get; } = new(
        SimResponse.JsonContentType,
        ThrottleScope.None,
        static (_, _) => true,
        static (_, title) => GraphJson.Message("error", title),
        GraphJson.Message("error", "Too Many Requests"));

    /// <summary>Content type of this form's answers.</summary>
    public string ContentType { get; }

    /// <summary>The throttle scope this form belongs to (<see cref="ThrottleScope.None"/> for pages).</summary>
    public ThrottleScope Scope { get; }

    /// <summary>The body of a 429 sent by the sustained throttle window.</summary>
    public ReadOnlyMemory<byte> Throttled { get; }

    /// <summary>Whether <paramref name="request"/> carries <paramref name="key"/> where this form expects it.</summary>
    public bool HasApiKey(HttpRequest request, string key) => _hasApiKey(request, key);

    /// <summary>The body of an error answer with the given status and reason phrase.</summary>
    public ReadOnlyMemory<byte> Error(int status, string title) => _error(status, title);

    /// <summary>A minimal HTML error page.</summary>
    public static ReadOnlyMemory<byte> HtmlErrorPage(int status, string title, string detail) => Encoding.UTF8.GetBytes($"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>{status} {WebUtility.HtmlEncode(title)}</title>
        </head>
        <body>
        <h1>{WebUtility.HtmlEncode(title)}</h1>
        <p class="error" data-status="{status}">{WebUtility.HtmlEncode(detail)}</p>
        </body>
        </html>
        """);
}

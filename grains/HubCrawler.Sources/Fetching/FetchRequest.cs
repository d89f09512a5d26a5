namespace HubCrawler.Sources.Fetching;

/// <summary>One request to a source: a GET, or a POST with a JSON body (<see cref="Method"/>, <see cref="JsonBody"/>).</summary>
/// <param name="Url">Must be on a registered source host.</param>
/// <param name="Headers">Extra headers, such as an API key.</param>
/// <param name="RetryGatewayTimeout">False when the caller answers a 504 itself (e.g. with a smaller page).</param>
/// <param name="SecretQuery">A query parameter sent but never logged or used as a cache key (an API key that a
/// source takes only in the query string), without the leading separator: "api_key=…".</param>
public sealed record FetchRequest(Uri Url, IReadOnlyDictionary<string, string>? Headers = null, bool RetryGatewayTimeout = true, string? SecretQuery = null)
{
    /// <summary>GET unless set; a POST is sent through the same gate, retries and headers as a GET.</summary>
    public HttpMethod Method { get; init; } = HttpMethod.Get;

    /// <summary>The body, sent as <c>application/json</c> (UTF-8); null sends none.</summary>
    public string? JsonBody { get; init; }

    /// <summary>The URL as sent, with <see cref="SecretQuery"/>.</summary>
    public Uri SentUrl => SecretQuery is null ? Url : new Uri(Url + (string.IsNullOrEmpty(Url.Query) ? "?" : "&") + SecretQuery);
}

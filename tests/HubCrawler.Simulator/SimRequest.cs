namespace HubCrawler.Simulator;

/// <summary>One request received by a <see cref="SimulatorServer"/>, with the status actually sent.</summary>
/// <param name="Timestamp">UTC time the request arrived, on the simulator's clock (<see cref="SimulatorFaults.TimeProvider"/>).</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Fully decoded request path.</param>
/// <param name="Query">Raw query string including the leading '?', or empty.</param>
/// <param name="Status">Status code sent; 499 when the client went away first.</param>
/// <param name="UserAgent">User-Agent header, or null.</param>
/// <param name="ApiKey">x-api-key header, else the authorization header (OpenCitations' access token), or null.</param>
/// <param name="PaperId">Semantic Scholar id of the paper the request was about, when it resolved to one.</param>
/// <param name="Kind">One of <see cref="SimRequestKinds"/>: "paper", "citations", "batch", "openalex-work", "openalex-list", "arxiv-abs", "hub-page", "sim" or "other"; a throttled request keeps the kind of what it asked for.</param>
/// <param name="Conditional">Whether the request carried If-None-Match or If-Modified-Since.</param>
/// <param name="ResponseBytes">Bytes of response body sent (0 for a 304).</param>
/// <param name="ThrottledBy">One of <see cref="SimThrottleCauses"/> when a fault answered 429 (the throttle window, the spent OpenAlex budget or the random 429 rate); otherwise null.</param>
public sealed record SimRequest(
    DateTimeOffset Timestamp,
    string Method,
    string Path,
    string Query,
    int Status,
    string? UserAgent,
    string? ApiKey,
    string? PaperId,
    string Kind,
    bool Conditional = false,
    long ResponseBytes = 0,
    string? ThrottledBy = null)
{
    /// <summary>Whether a throttling fault answered 429 (<see cref="ThrottledBy"/> is set).</summary>
    public bool Throttled => ThrottledBy is not null;
}

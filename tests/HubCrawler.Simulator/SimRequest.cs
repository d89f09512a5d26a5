namespace HubCrawler.Simulator;

/// <summary>One request received by a <see cref="SimulatorServer"/>, with the status actually sent.</summary>
/// <param name="Timestamp">UTC time the request arrived.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Fully decoded request path.</param>
/// <param name="Query">Raw query string including the leading '?', or empty.</param>
/// <param name="Status">Status code sent; 499 when the client went away first.</param>
/// <param name="UserAgent">User-Agent header, or null.</param>
/// <param name="ApiKey">x-api-key header, or null.</param>
/// <param name="PaperId">Semantic Scholar id of the paper the request was about, when it resolved to one.</param>
/// <param name="Kind">One of <see cref="SimRequestKinds"/>: "paper", "citations", "batch", "openalex-work", "openalex-list", "arxiv-abs", "hub-page" or "other".</param>
/// <param name="Conditional">Whether the request carried If-None-Match or If-Modified-Since.</param>
/// <param name="ResponseBytes">Bytes of response body sent (0 for a 304).</param>
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
    long ResponseBytes = 0);

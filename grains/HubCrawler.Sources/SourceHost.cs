using HubCrawler.Sources.Fetching;

namespace HubCrawler.Sources;

/// <summary>A source's base URL, checked and registered with the fetch pipeline (the only way a host
/// becomes fetchable), with that source's politeness limits.</summary>
internal static class SourceHost
{
    /// <returns>The base URL without a trailing slash.</returns>
    public static string Register(FetchPipeline pipeline, string section, string? baseUrl, int maxConcurrency, double requestsPerSecond)
    {
        if (string.IsNullOrWhiteSpace(baseUrl) || !Uri.TryCreate(baseUrl.TrimEnd('/'), UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"{section}:BaseUrl '{baseUrl}' is not an absolute http(s) URL; the source needs one.");
        pipeline.RegisterHost(baseUri, new HostLimits(maxConcurrency, requestsPerSecond) { Source = section });
        return baseUri.ToString().TrimEnd('/');
    }
}

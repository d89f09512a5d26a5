namespace HubCrawler.Tests.Infrastructure;

/// <summary>Configuration for a crawler pointed at a local simulator: fast retries, no rate limit.</summary>
public static class CrawlerSettings
{
    /// <summary>The named sources enabled (in this order), each pointed at the simulator's form of it, fast and unthrottled.</summary>
    public static Dictionary<string, string?> Sources(SimulatorServer simulator, params string[] enabled) => new()
    {
        ["Sources:Enabled"] = string.Join(',', enabled),
        ["Sources:OpenAlex:BaseUrl"] = simulator.OpenAlexBaseUrl,
        ["Sources:OpenAlex:MaxConcurrency"] = "32",
        ["Sources:OpenAlex:RequestsPerSecond"] = "0",
        ["Sources:Arxiv:BaseUrl"] = simulator.ArxivBaseUrl,
        ["Sources:Arxiv:MaxConcurrency"] = "32",
        ["Sources:Arxiv:RequestsPerSecond"] = "0",
        ["Sources:Hub:BaseUrl"] = simulator.HubBaseUrl,
        ["Sources:Hub:MaxConcurrency"] = "32",
        ["Sources:Hub:RequestsPerSecond"] = "0",
        ["Sources:OpenCitations:BaseUrl"] = simulator.OpenCitationsBaseUrl,
        ["Sources:OpenCitations:MaxConcurrency"] = "32",
        ["Sources:OpenCitations:RequestsPerSecond"] = "0",
    };

    public static Dictionary<string, string?> For(string semanticScholarBaseUrl, int maxAttempts = 4) => new()
    {
        ["Sources:SemanticScholar:BaseUrl"] = semanticScholarBaseUrl,
        ["Sources:SemanticScholar:MaxConcurrency"] = "32",
        ["Sources:SemanticScholar:RequestsPerSecond"] = "0",
        ["Sources:SemanticScholar:PageSize"] = "100",
        // The simulator pages without a cap unless a test sets one (the real API's is about 10,000).
        ["Sources:SemanticScholar:PagingCap"] = "1000000",
        ["Fetch:MaxAttempts"] = maxAttempts.ToString(),
        ["Fetch:BackoffBase"] = "00:00:00.010",
        ["Fetch:BackoffMax"] = "00:00:00.200",
        ["Fetch:RequestTimeout"] = "00:00:05",
        ["Fetch:UserAgent"] = "HubCrawler-Tests/1.0",
        ["Crawl:CheckpointInterval"] = "00:00:00.200",
        // The tests send many requests from one address; the rate limits have tests of their own.
        ["Api:ReadsPerMinute"] = "1000000",
        ["Api:WritesPerMinute"] = "100000",
    };
}

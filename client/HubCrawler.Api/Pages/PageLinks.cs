namespace HubCrawler.Api.Pages;

/// <summary>The addresses of the pages and API resources the pages link to.</summary>
internal static class PageLinks
{
    public const string Home = "/";
    public const string Crawls = "/crawls";
    public const string Search = "/search";
    public const string ApiReference = "/docs";
    public const string OpenApiDocument = "/openapi/v1.json";

    /// <summary>The hub page of a paper, under any id form (DOIs keep their slashes).</summary>
    public static string Paper(string id) => "/papers/" + PaperIdPath.Segments(id);

    /// <summary>The hub page with the explorer showing the given query, anchored at the explorer.</summary>
    public static string Paper(string id, IEnumerable<KeyValuePair<string, string?>> query) =>
        Paper(id) + QueryString.Create(query.Where(p => !string.IsNullOrEmpty(p.Value))) + "#explorer";

    public static string PaperJson(string id) => "/" + ApiPaths.Paper(id);

    public static string Crawl(string jobId) => "/crawls/" + Uri.EscapeDataString(jobId);

    public static string CrawlJson(string jobId) => "/" + ApiPaths.Crawl(jobId);

    public static string CrawlEvents(string jobId) => CrawlJson(jobId) + "/events";

    public static string CrawlExport(string jobId, string format) =>
        CrawlJson(jobId) + "/export?format=" + Uri.EscapeDataString(format);

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

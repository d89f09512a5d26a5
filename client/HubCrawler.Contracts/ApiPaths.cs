namespace HubCrawler.Contracts;

/// <summary>The API's resource paths, relative to its root (no leading slash, so a client's base address may have a path
/// of its own), with each id escaped once, here.</summary>
public static class ApiPaths
{
    public static string Paper(string paperId) => "api/papers/" + PaperSegments(paperId);

    public static string Crawl(string jobId) => "api/crawls/" + Uri.EscapeDataString(jobId);

    public static string Watch(string watchId) => "api/watches/" + Uri.EscapeDataString(watchId);

    /// <summary>A paper id as path segments: each escaped, a DOI's slashes kept (the API takes the rest of the path as the
    /// id) and the colon after the prefix too, so links read <c>DOI:10.18653/v1/N18-3011</c>.</summary>
    public static string PaperSegments(string paperId) =>
        string.Join('/', paperId.Split('/').Select(segment => Uri.EscapeDataString(segment).Replace("%3A", ":", StringComparison.Ordinal)));
}

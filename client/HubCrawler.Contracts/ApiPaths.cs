using HubCrawler.Abstractions;

namespace HubCrawler.Contracts;

/// <summary>The API's resource paths, relative to its root (no leading slash, so a client's base address may have a path
/// of its own), with each id escaped once, here.</summary>
public static class ApiPaths
{
    public static string Paper(string paperId) => "api/papers/" + PaperIdPath.Segments(paperId);

    public static string Crawl(string jobId) => "api/crawls/" + Uri.EscapeDataString(jobId);

    public static string Watch(string watchId) => "api/watches/" + Uri.EscapeDataString(watchId);
}

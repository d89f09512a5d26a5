namespace HubCrawler.Sources;

/// <summary>A paper id as a URL path segment. <see cref="Abstractions.PaperIdentifier"/> admits no character that
/// could leave the path; a DOI keeps its slashes and a scheme its colon, as every source expects.</summary>
internal static class SourcePaths
{
    public static string Escape(string id) =>
        string.Join('/', id.Split('/').Select(segment => Uri.EscapeDataString(segment).Replace("%3A", ":", StringComparison.Ordinal)));
}

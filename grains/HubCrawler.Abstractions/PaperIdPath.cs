namespace HubCrawler.Abstractions;

/// <summary>A paper id in a URL path, as this API and every source take it. <see cref="PaperIdentifier"/> admits no
/// character that could leave the path.</summary>
public static class PaperIdPath
{
    /// <summary>The id as path segments: each escaped, a DOI's slashes kept (the rest of the path is the id) and the
    /// colon after the scheme too, so paths read <c>DOI:10.18653/v1/N18-3011</c>.</summary>
    public static string Segments(string paperId) =>
        string.Join('/', paperId.Split('/').Select(segment => Uri.EscapeDataString(segment).Replace("%3A", ":", StringComparison.Ordinal)));
}

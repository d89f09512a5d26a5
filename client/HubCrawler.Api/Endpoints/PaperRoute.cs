namespace HubCrawler.Api.Endpoints;

/// <summary>The paper id a catch-all route (<c>{**id}</c>) captured, the other end of <see cref="PaperIdPath.Segments"/>.</summary>
internal static class PaperRoute
{
    /// <summary>The id before <paramref name="suffix"/> (the sub-resource a suffix constraint matched), its escapes undone.</summary>
    public static string Id(string captured, string suffix = "") => Uri.UnescapeDataString(captured[..^suffix.Length]);
}

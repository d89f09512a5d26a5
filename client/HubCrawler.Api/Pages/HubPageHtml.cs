namespace HubCrawler.Api.Pages;

/// <summary>The hub page as a complete HTML document, for tools outside this assembly (the simulator serves hub
/// pages rendered by this very code, so the hub HTML source is tested against the real markup).</summary>
public static class HubPageHtml
{
    /// <summary>The full hub page document (doctype, head, site frame) of <paramref name="hub"/>, its explorer showing
    /// <paramref name="citations"/> as selected by <paramref name="query"/>; freshness is measured at <paramref name="now"/>.</summary>
    public static string Render(PaperHub hub, CitationPage citations, CitationQuery query, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(query);
        return PageRenderer.Render<HubPage>(HubPage.Parameters(hub, citations, query, now));
    }

    /// <summary>The explorer's default page size on hub pages.</summary>
    public const int DefaultLimit = CitationExplorerView.DefaultLimit;
}

using HubCrawler.Abstractions;

namespace HubCrawler.Api.Pages;

/// <summary>The crawl page: a form that starts a crawl (through POST /api/crawls) and the recent crawls.</summary>
internal static class CrawlsPage
{
    public static Html Render(IReadOnlyList<CrawlStatus> recent, string? seed) => Layout.Page("Crawls", Html.Of($"""
        <h1>Crawls</h1>
        <p>A crawl fetches the seeds' hubs, then follows the papers that cite them, hop by hop, up to the depth and the paper budget.</p>
        <form class="crawl" id="crawl-form" data-api="/api/crawls" data-progress="/crawls/">
        <label>Seeds, one paper id per line
        <textarea name="seeds" rows="3" required placeholder="arXiv:2507.21802">{seed}</textarea></label>
        <div class="row">
        <label>Depth (citation hops) <input type="number" name="depth" min="0" max="{CrawlRequest.MaxDepth}" value="1" required></label>
        <label>Max papers <input type="number" name="maxPapers" min="1" max="{CrawlRequest.MaxPaperBudget}" value="1000" required></label>
        </div>
        <div><button type="submit">Start crawl</button></div>
        <p class="error" role="alert" data-error hidden></p>
        <noscript><p class="error">Starting a crawl here needs JavaScript; without it, POST the same fields as JSON to /api/crawls.</p></noscript>
        </form>
        <h2>Recent crawls</h2>
        {RecentCrawlsView.Render(recent)}
        """), script: PageAssets.StartCrawlScript);
}

using HubCrawler.Abstractions;

namespace HubCrawler.Api.Pages;

/// <summary>A table of recent crawls: seeds, limits, state and counters, each linking to its progress page.</summary>
internal static class RecentCrawlsView
{
    public static Html Render(IReadOnlyList<CrawlStatus> crawls) => crawls.Count == 0
        ? Html.Of($"<p class=\"muted\" data-recent-crawls=\"0\">No crawls yet. <a href=\"{PageLinks.Crawls}\">Start one.</a></p>")
        : Html.Of($"""
            <div class="scroll">
            <table data-recent-crawls="{crawls.Count}">
            <thead><tr><th scope="col">Crawl</th><th scope="col">Seeds</th><th scope="col">Depth · budget</th><th scope="col">State</th><th scope="col">Papers</th><th scope="col">Started</th></tr></thead>
            <tbody>
            {Html.Join(crawls.Select(Row))}
            </tbody>
            </table>
            </div>
            """);

    public static string State(CrawlStatus status) => status.Cancelled ? "cancelled" : status.Done ? "done" : "running";

    private static Html Row(CrawlStatus crawl) => Html.Of($"""
        <tr data-job-id="{crawl.JobId}" data-state="{State(crawl)}">
        <td><a href="{PageLinks.Crawl(crawl.JobId)}"><code>{crawl.JobId}</code></a></td>
        <td>{Seeds(crawl.Request.Seeds)}</td>
        <td>{crawl.Request.Depth} · {PageLinks.Number(crawl.Request.MaxPapers)}</td>
        <td>{State(crawl)}</td>
        <td>{PageLinks.Number(crawl.Discovered)}{(crawl.Failed > 0 ? $" ({PageLinks.Number(crawl.Failed)} failed)" : "")}</td>
        <td>{Markup.Time(crawl.StartedAt)}</td>
        </tr>
        """);

    public static Html Seeds(IReadOnlyList<string> seeds)
    {
        var shown = seeds.Take(3).Select((s, i) => Html.Of($"{(i == 0 ? "" : ", ")}<a href=\"{PageLinks.Paper(s)}\">{s}</a>"));
        return Html.Of($"{Html.Join(shown)}{(seeds.Count > 3 ? $" and {seeds.Count - 3} more" : "")}");
    }
}

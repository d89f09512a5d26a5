using System.Globalization;

namespace HubCrawler.Cli.Rendering;

/// <summary>The recent crawls, newest first as the API lists them; <c>status &lt;job&gt;</c> has the rest of the figures.</summary>
internal static class RecentCrawlsTable
{
    public static void Render(IAnsiConsole console, IReadOnlyList<CrawlStatus> crawls)
    {
        if (crawls.Count == 0)
        {
            console.WriteLine("No crawls yet. Start one with: hubcrawler crawl <id> --depth 2 --max-papers 1000");
            return;
        }
        var table = new Table().Title("Recent crawls")
            .AddColumn(new TableColumn("job").NoWrap()).AddColumn(new TableColumn("started").NoWrap()).AddColumn(new TableColumn("status").NoWrap())
            .AddColumn(new TableColumn("papers").RightAligned().NoWrap()).AddColumn("seeds");
        foreach (var crawl in crawls)
        {
            var seeds = crawl.Request.Seeds;
            var status = crawl.Cancelled ? "cancelled" : crawl.Done ? "done" : "running";
            var color = status switch { "done" => Color.Green, "cancelled" => Color.Yellow, "running" => Color.SteelBlue, _ => Color.Default };
            table.AddRow(
                Cells.Plain(crawl.JobId),
                Cells.Plain(crawl.StartedAt.ToLocalTime().ToString("MM-dd HH:mm", CultureInfo.InvariantCulture)),
                Cells.Plain(status, new Style(color)),
                Cells.Number(crawl.Discovered),
                Cells.Plain(string.Join(", ", seeds) + $" (depth {crawl.Request.Depth})"));
        }
        console.Write(table);
        console.WriteLine("papers: discovered so far. Details: hubcrawler status <job>");
    }
}

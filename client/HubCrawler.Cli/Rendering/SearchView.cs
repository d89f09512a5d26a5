using System.Globalization;

namespace HubCrawler.Cli.Rendering;

/// <summary>A search answer for the terminal: the exact match first, then a numbered table of the papers found.</summary>
internal static class SearchView
{
    public static void Render(IAnsiConsole console, SearchResponse answer)
    {
        if (answer.ExactMatch is { } exact)
            console.MarkupLineInterpolated($"[green]Exact match:[/] {exact.Title ?? exact.HubId}  →  hubcrawler show {exact.HubId}");
        foreach (var (source, message) in answer.FailedSources)
            console.MarkupLineInterpolated($"[yellow]{source} could not search:[/] {message}");
        if (answer.IsId) return;
        if (answer.Results.Count == 0)
        {
            console.MarkupLineInterpolated($"No paper found for '{answer.Query}'.");
            return;
        }

        var table = new Table().AddColumns("#", "Title", "Year", "Authors", "Id (hubcrawler show …)");
        var rank = 0;
        foreach (var paper in answer.Results)
            table.AddRow(Cells.Plain((++rank).ToString(CultureInfo.InvariantCulture)), Cells.Plain(paper.Title), Cells.Number(paper.Year),
                Cells.Plain(paper.Authors.Count <= 2 ? string.Join(", ", paper.Authors) : paper.Authors[0] + " et al."), Cells.Plain(paper.HubId));
        console.Write(table);
        console.MarkupLineInterpolated($"[grey]{answer.Results.Count} papers from {string.Join(", ", answer.Sources)}; {answer.Requests} source requests.[/]");
    }
}

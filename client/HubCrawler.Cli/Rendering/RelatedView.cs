namespace HubCrawler.Cli.Rendering;

/// <summary>Related papers for the terminal: one table per kind, each paper with its evidence, and what was not read.</summary>
internal static class RelatedView
{
    public static void Render(IAnsiConsole console, RelatedPapersResponse related)
    {
        console.Write(ConsoleWidth.Filling(console, new Rule($"[bold]Related to {Markup.Escape(related.Title ?? related.PaperId)}[/]").LeftJustified()));
        List(console, "Cited together with it (co-citation)", related.CoCitation);
        List(console, "Sharing its references (bibliographic coupling)", related.Coupling);
    }

    private static void List(IAnsiConsole console, string heading, RelatedList list)
    {
        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]{heading}[/] [grey]({list.Status}: {list.Total} found)[/]");
        console.MarkupLineInterpolated($"[grey]{list.Note}[/]");
        if (list.Items.Count == 0) return;
        var table = new Table().Border(TableBorder.Simple).AddColumn("paper id").AddColumn("title").AddColumn(new TableColumn("year").RightAligned()).AddColumn("evidence");
        foreach (var item in list.Items)
            table.AddRow(Cells.Plain(item.PaperId), Cells.Plain(Cells.Clip(item.Title ?? "(untitled)", 60) + (item.Held ? "" : " (not fetched)")),
                Cells.Number(item.Year), Cells.Plain(item.Evidence));
        console.Write(table);
    }
}

using Spectre.Console.Rendering;

namespace HubCrawler.Cli.Rendering;

/// <summary>Citing papers as a table, with where the rows sit in the whole list and how to get the next page.</summary>
internal static class CitationTable
{
    public static void Render(IAnsiConsole console, IReadOnlyList<CitationPageResponse> pages, string? nextCommand)
    {
        var first = pages[0];
        var references = first.Direction == EdgeDirection.References;
        var rows = pages.SelectMany(p => p.Items).ToList();
        if (rows.Count == 0)
        {
            console.MarkupLineInterpolated($"No {(references ? "references" : "citations")} of {first.PaperId} match (total {Cells.Count(first.Total)}, offset {Cells.Count(first.Offset)}).");
            return;
        }

        // Until a polarity classifier ships every citation is unclassified; a column saying so on every row only costs width.
        var showPolarity = rows.Any(c => c.Polarity != CitationPolarity.Unclassified);
        var table = new Table()
            .AddColumn(new TableColumn("#").RightAligned()).AddColumn("year").AddColumn("role");
        if (showPolarity) table.AddColumn("polarity");
        table.AddColumn(new TableColumn("cited by").RightAligned()).AddColumn(references ? "cited paper" : "citing paper");
        var number = first.Offset;
        foreach (var citation in rows)
        {
            number++;
            var paper = new Markup((citation.IsInfluential ? "[yellow]★[/] " : "") + Markup.Escape(citation.Title ?? "(untitled)")
                + $"\n[grey]{Markup.Escape(citation.CitingPaperId ?? "(not resolved by the source)")}[/]");
            var cells = new List<IRenderable>
            {
                Cells.Number(number),
                Cells.Plain(citation.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Cells.Plain(Cells.Word(citation.Role), new Style(Cells.RoleColor(citation.Role))),
            };
            if (showPolarity) cells.Add(Cells.Plain(Cells.Word(citation.Polarity), new Style(Cells.PolarityColor(citation.Polarity))));
            cells.Add(Cells.Number(citation.CitationCount));
            cells.Add(paper);
            table.AddRow(cells);
        }
        console.Write(table);
        if (references)
            console.MarkupLineInterpolated($"References {Cells.Count(first.Offset + 1)}–{Cells.Count(first.Offset + rows.Count)} of {Cells.Count(first.Total)} cited by {first.PaperId}{(showPolarity ? "" : " (polarity: all unclassified)")}. ★ influential.");
        else
            console.MarkupLineInterpolated($"Citations {Cells.Count(first.Offset + 1)}–{Cells.Count(first.Offset + rows.Count)} of {Cells.Count(first.Total)} citing {first.PaperId}{(showPolarity ? "" : " (polarity: all unclassified)")}. ★ influential.");
        if (nextCommand is not null) console.MarkupLineInterpolated($"Next page: [bold]{nextCommand}[/]");
    }
}

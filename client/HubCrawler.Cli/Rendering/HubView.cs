namespace HubCrawler.Cli.Rendering;

/// <summary>A paper's hub for the terminal: what the paper is, how it is cited (role and polarity bars), and by whom.</summary>
internal static class HubView
{
    private const int AuthorsShown = 8;
    private const int AbstractLength = 900;

    public static void Render(IAnsiConsole console, PaperHub hub)
    {
        var paper = hub.Metadata;
        console.Write(ConsoleWidth.Filling(console, new Rule($"[bold]{Markup.Escape(paper.Title ?? hub.PaperId)}[/]").LeftJustified()));
        if (paper.Authors.Count > 0)
        {
            var authors = string.Join(", ", paper.Authors.Take(AuthorsShown)) + (paper.Authors.Count > AuthorsShown ? $" and {paper.Authors.Count - AuthorsShown} more" : "");
            console.WriteLine(authors);
        }
        var published = string.Join(" · ", new[] { paper.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), paper.Venue }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (published.Length > 0) console.MarkupLineInterpolated($"[grey]{published}[/]");

        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        facts.AddRow(Cells.Plain("paper id", Style.Parse("grey")), Cells.Plain(hub.PaperId));
        foreach (var (scheme, value) in paper.ExternalIds.OrderBy(e => e.Key, StringComparer.OrdinalIgnoreCase))
            facts.AddRow(Cells.Plain(scheme, Style.Parse("grey")), Cells.Plain(value));
        facts.AddRow(Cells.Plain("citations", Style.Parse("grey")),
            Cells.Plain($"{Cells.Count(paper.CitationCount)} ({Cells.Count(paper.InfluentialCitationCount)} influential), {Cells.Count(paper.ReferenceCount)} references"));
        console.Write(facts);

        if (!string.IsNullOrWhiteSpace(paper.Tldr)) console.MarkupLineInterpolated($"\n[bold]TL;DR[/] {paper.Tldr}");
        if (!string.IsNullOrWhiteSpace(paper.Abstract)) console.Write(ConsoleWidth.Filling(console, new Panel(Cells.Plain(Cells.Clip(paper.Abstract, AbstractLength))).Header("Abstract").Expand()));

        RenderSummary(console, hub.Summary);
        RenderRepresentatives(console, hub.Summary.Representatives);

        console.MarkupLineInterpolated($"[grey]Fetched {Cells.Time(hub.FetchedAt)} from {(hub.Sources.Count > 0 ? string.Join(", ", hub.Sources) : "–")}; {Cells.Count(hub.CitationsStored)} citing papers stored.[/]");
        if (!string.IsNullOrWhiteSpace(hub.CitationListNote)) console.MarkupLineInterpolated($"[grey]{hub.CitationListNote}.[/]");
        if (!string.IsNullOrWhiteSpace(hub.LastError)) console.MarkupLineInterpolated($"[yellow]The last refresh failed: {hub.LastError}[/]");
        foreach (var (source, error) in hub.SourceErrors) console.MarkupLineInterpolated($"[yellow]Source {source} failed: {error}[/]");
        RenderCounts(console, hub.ListCounts);
        if (hub.References is { } references)
            console.MarkupLineInterpolated($"References ({Cells.Count(hub.ReferencesStored)}): {references.Headline}");
        console.MarkupLineInterpolated($"Citing papers: [bold]hubcrawler citations {hub.PaperId}[/] · cited papers: [bold]hubcrawler references {hub.PaperId}[/]");
    }

    /// <summary>How each source's lists add up (reported = listed + duplicates + unresolved + not listed).</summary>
    private static void RenderCounts(IAnsiConsole console, IReadOnlyList<EdgeListCount> counts)
    {
        if (counts.Count == 0) return;
        var table = new Table().AddColumn("source").AddColumn("list").AddColumn(new TableColumn("reported").RightAligned())
            .AddColumn(new TableColumn("listed").RightAligned()).AddColumn(new TableColumn("duplicates").RightAligned())
            .AddColumn(new TableColumn("unresolved").RightAligned()).AddColumn(new TableColumn("not listed").RightAligned()).AddColumn("ended early");
        foreach (var c in counts)
            table.AddRow(Cells.Plain(c.Source), Cells.Plain(Cells.Word(c.Direction)), Cells.Number(c.Reported), Cells.Number(c.Listed),
                Cells.Number(c.Duplicates), Cells.Number(c.Unresolved), Cells.Number(c.NotListed), Cells.Plain(c.StoppedEarly ?? ""));
        console.Write(table);
    }

    private static void RenderSummary(IAnsiConsole console, HubSummary summary)
    {
        console.WriteLine();
        console.Write(ConsoleWidth.Filling(console, new Rule("[bold]How it is cited[/]").LeftJustified()));
        // The headline usually names the label already ("Mixed citation behavior. ..."); the label is added when it does not.
        if (summary.Headline.Contains(summary.BehaviourLabel, StringComparison.OrdinalIgnoreCase))
            console.MarkupLineInterpolated($"[bold]{summary.Headline}[/]");
        else
            console.MarkupLineInterpolated($"[bold]{summary.BehaviourLabel}[/]: {summary.Headline}");
        console.MarkupLineInterpolated(
            $"[grey]{Cells.Count(summary.TotalCitations)} citations, {Cells.Count(summary.ClassifiedCitations)} with a role, {Cells.Count(summary.InfluentialCitations)} influential, {Cells.Count(summary.UnresolvedCitingPapers)} citing papers unresolved[/]");
        var width = Math.Min(console.Profile.Width, 72);
        if (summary.Roles.Count > 0)
        {
            // Shares are over classified citations, except unclassified's, which is over all of them.
            var roles = new BarChart().Width(width).Label("[bold]Roles[/] (share, citations)").LeftAlignLabel();
            foreach (var role in summary.Roles)
                roles.AddItem($"{Cells.Word(role.Role),-12} {Cells.Percent(role.Share),4}", role.Count, Cells.RoleColor(role.Role));
            console.Write(roles);
        }
        if (summary.Polarity.Count > 0)
        {
            var polarity = new BarChart().Width(width).Label("[bold]Polarity[/] (share, citations)").LeftAlignLabel();
            foreach (var share in summary.Polarity)
                polarity.AddItem($"{Cells.Word(share.Polarity),-12} {Cells.Percent(share.Share),4}", share.Count, Cells.PolarityColor(share.Polarity));
            console.Write(polarity);
        }
        RenderEstimate(console, summary.RoleEstimate, "Roles");
        RenderEstimate(console, summary.PolarityEstimate, "Polarity");
        if (summary.IntentCounts.Count > 0)
            console.MarkupLineInterpolated($"[grey]Intents as the source gave them (a citation can have several): {string.Join(", ", summary.IntentCounts.Select(i => $"{i.Key} {Cells.Count(i.Value)}"))}[/]");
    }

    /// <summary>The corrected shares: which part came from the source and which from the model, each share with its
    /// 95% interval, and the model's held-out figures on the next line.</summary>
    private static void RenderEstimate(IAnsiConsole console, EstimatedShares? estimate, string title)
    {
        if (estimate is null) return;
        var shares = string.Join(" · ", estimate.Shares.Select(s =>
            $"{s.Label.ToLowerInvariant()} {Cells.Percent(s.Share)}{(s.Margin > 0 ? $" ± {(s.Margin < 0.005 ? "<1%" : Cells.Percent(s.Margin))}" : "")}"));
        console.MarkupLineInterpolated($"[bold]{title}, corrected[/] ({estimate.FromSource} from the source, {estimate.FromModel} from the model): {shares}");
        if (estimate.FromModel > 0 && estimate.Model is { } model)
            console.MarkupLineInterpolated(
                $"[grey]  model ({estimate.Method}): macro-F1 {model.MacroF1 * 100:0.0} on {model.TestSet}; {string.Join(", ", model.PerLabel.Select(l => $"{l.Label.ToLowerInvariant()} P {l.Precision * 100:0} / R {l.Recall * 100:0} / F1 {l.F1 * 100:0}"))}[/]");
    }

    private static void RenderRepresentatives(IAnsiConsole console, IReadOnlyList<RepresentativeCitation> representatives)
    {
        if (representatives.Count == 0) return;
        var table = new Table().Title("Representative citing papers").Expand()
            .AddColumn("role").AddColumn("year").AddColumn(new TableColumn("cited by").RightAligned()).AddColumn("paper");
        foreach (var citing in representatives)
        {
            var title = new Markup($"{(citing.IsInfluential ? "[yellow]★[/] " : "")}[bold]{Markup.Escape(citing.Title ?? "(untitled)")}[/]"
                + (string.IsNullOrWhiteSpace(citing.Summary) ? "" : $"\n[grey]{Markup.Escape(citing.Summary)}[/]")
                + (citing.CitingPaperId is { } id ? $"\n[grey]{Markup.Escape(id)}[/]" : ""));
            table.AddRow(Cells.Plain(Cells.Word(citing.Role), new Style(Cells.RoleColor(citing.Role))), Cells.Plain(citing.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), Cells.Number(citing.CitationCount), title);
        }
        console.Write(ConsoleWidth.Filling(console, table));
        console.MarkupLine("[grey]★ influential citation[/]");
    }
}

namespace HubCrawler.Cli.Rendering;

/// <summary>A crawl's figures as a summary table, with its failures by reason, the first failures and the seed errors.</summary>
internal static class CrawlReport
{
    private const int FailuresShown = 10;

    public static string State(CrawlStatus status) => status.Cancelled ? "cancelled" : status.Done ? "done" : "running";

    /// <summary>Papers reported back: fetched, served from cache, or failed.</summary>
    public static int Processed(CrawlStatus status) => status.Fetched + status.FromCache + status.Failed;

    /// <summary>How long the crawl has run, or took: the server's start to its finish, or to now while it runs.</summary>
    public static TimeSpan Elapsed(CrawlStatus status) => (status.FinishedAt ?? DateTimeOffset.Now) - status.StartedAt;

    /// <summary>Papers reported back a second over the whole crawl so far: the one rate the live view and the summary show.</summary>
    public static double Rate(CrawlStatus status)
    {
        var elapsed = Elapsed(status);
        return elapsed > TimeSpan.Zero ? Processed(status) / elapsed.TotalSeconds : 0;
    }

    public static void Render(IAnsiConsole console, CrawlStatus status)
    {
        var elapsed = Elapsed(status);
        var state = State(status);
        var table = new Table()
            .Title($"Crawl {status.JobId}: {state}", new Style(decoration: Decoration.Bold))
            .AddColumn("")
            .AddColumn(new TableColumn("").RightAligned())
            .HideHeaders();
        Row(table, "seeds", string.Join(", ", status.Request.Seeds));
        Row(table, "depth", status.Request.Depth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row(table, "paper budget", Cells.Count(status.Request.MaxPapers));
        Row(table, "discovered", Cells.Count(status.Discovered));
        Row(table, "fetched", Cells.Count(status.Fetched));
        Row(table, "from cache", Cells.Count(status.FromCache));
        Row(table, "failed", Cells.Count(status.Failed), status.Failed > 0 ? Color.Red : null);
        Row(table, "pending", Cells.Count(status.Pending));
        Row(table, "skipped by budget", Cells.Count(status.SkippedByBudget));
        Row(table, "started", Cells.Time(status.StartedAt));
        Row(table, "finished", Cells.Time(status.FinishedAt));
        Row(table, state == "running" ? "running for" : "took", Cells.Duration(elapsed));
        if (elapsed > TimeSpan.Zero)
            Row(table, "rate", $"{Cells.Rate(Rate(status))} papers/s");
        Row(table, "source requests", $"{status.SourceRequests.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} ({Spend.PerPaper(status.Spend.RequestsPerPaper)} a paper)");
        foreach (var (kind, count) in status.Spend.RequestsByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
            Row(table, "  " + kind, count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        Row(table, "storage writes", $"{(status.Spend.PaperWrites + status.Spend.CrawlWrites).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} ({Spend.PerPaper(status.Spend.WritesPerPaper)} a paper)");
        if (status.VisitRetries > 0) Row(table, "visits sent again", status.VisitRetries.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        if (status.ThrottledVisits > 0) Row(table, "visits that waited for a host", status.ThrottledVisits.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var wait in status.Waiting) Row(table, "waiting for " + wait.Host, Spend.Wait(wait), Color.Yellow);
        console.Write(table);

        if (status.FailuresByReason.Count > 0)
        {
            var reasons = new Table().Title("Failures by reason").AddColumn("reason").AddColumn(new TableColumn("papers").RightAligned());
            foreach (var (reason, count) in status.FailuresByReason.OrderByDescending(r => r.Value))
                reasons.AddRow(Cells.Plain(reason), Cells.Number(count));
            console.Write(reasons);
        }
        if (status.Failures.Count > 0) console.Write(Failures($"First failures ({Math.Min(FailuresShown, status.Failures.Count)} of {Cells.Count(status.Failed)})", status.Failures));
        if (status.SeedErrors.Count > 0) console.Write(Failures("Seeds that could not be resolved", status.SeedErrors));
    }

    private static Table Failures(string title, IReadOnlyList<CrawlFailure> failures)
    {
        var table = new Table().Title(title).AddColumn("paper").AddColumn("reason").AddColumn("message");
        foreach (var failure in failures.Take(FailuresShown))
            table.AddRow(Cells.Plain(failure.PaperId), Cells.Plain(failure.Reason), Cells.Plain(failure.Message));
        return table;
    }

    private static void Row(Table table, string name, string value, Color? color = null) =>
        table.AddRow(Cells.Plain(name), Cells.Plain(value, color is { } c ? new Style(c) : Style.Plain));
}

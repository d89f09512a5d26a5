using HubCrawler.Abstractions;
using HubCrawler.Api.Related;

namespace HubCrawler.Api.Pages;

/// <summary>One crawl's progress: counters that update live while it runs (the script follows the server-sent
/// events of /api/crawls/{id}/events), then the final counts, failures and export links;
/// with the ranking of its papers and a picture of its graph, both from the hubs held.</summary>
internal static class CrawlProgressPage
{
    private static readonly (string Field, string Label)[] Counters =
    [
        ("discovered", "Discovered"), ("fetched", "Fetched"), ("fromCache", "From cache"),
        ("failed", "Failed"), ("pending", "Pending"), ("skippedByBudget", "Over budget"), ("sourceRequests", "Source requests"),
    ];

    public static Html Render(CrawlStatus status, CrawlGraphSnapshot? graph = null)
    {
        var state = RecentCrawlsView.State(status);
        var main = Html.Of($"""
            <section id="crawl" data-job-id="{status.JobId}" data-state="{state}" data-api="{PageLinks.CrawlJson(status.JobId)}" data-events="{PageLinks.CrawlEvents(status.JobId)}" aria-labelledby="crawl-heading">
            <h1 id="crawl-heading">Crawl <code>{status.JobId}</code></h1>
            <p class="meta">Seeds {Html.Trusted(PageRenderer.Render<Seeds>(new Dictionary<string, object?> { ["Ids"] = status.Request.Seeds }))} · depth {status.Request.Depth} · at most {PageLinks.Number(status.Request.MaxPapers)} papers · started {Markup.Time(status.StartedAt)}</p>
            <p><strong data-state-label>{StateText(status)}</strong>{(status.FinishedAt is { } finished ? Html.Of($" · finished {Markup.Time(finished)}") : Html.Empty)}</p>
            <progress max="{Math.Max(status.Discovered, 1)}" value="{status.Discovered - status.Pending}" aria-label="Papers reported back of papers discovered"></progress>
            <dl class="counters">
            {Html.Join(Counters.Select(c => Html.Of($"<div><dt>{c.Label}</dt><dd data-field=\"{c.Field}\" data-value=\"{Value(status, c.Field)}\">{PageLinks.Number(Value(status, c.Field))}</dd></div>")))}
            </dl>
            <p class="meta" data-spend>{SpendText(status)}</p>
            <ul data-waiting>{Html.Join(status.Waiting.Select(w => Html.Of($"<li data-host=\"{w.Host}\">{WaitText(w)}</li>")))}</ul>
            {Markup.When(state == "running", Html.Of($"<p><button type=\"button\" class=\"secondary\" data-cancel>Cancel crawl</button></p>"))}
            {(graph is { Graph.Papers.Count: > 0 } ? Html.Join([CrawlRankingView.Render(graph), CrawlGraphSvg.Render(graph)]) : Html.Empty)}
            <h2>Export</h2>
            <p>The crawl's papers and the citations between them:
            <a href="{PageLinks.CrawlExport(status.JobId, "jsonl")}" data-export="jsonl">JSON Lines</a> ·
            <a href="{PageLinks.CrawlExport(status.JobId, "csv")}" data-export="csv">CSV</a> ·
            <a href="{PageLinks.CrawlExport(status.JobId, "graphml")}" data-export="graphml">GraphML</a> ·
            <a href="{PageLinks.CrawlExport(status.JobId, "gexf")}" data-export="gexf">GEXF (Gephi)</a> ·
            <a href="{PageLinks.CrawlExport(status.JobId, "bibtex")}" data-export="bibtex">BibTeX</a> ·
            <a href="{PageLinks.CrawlExport(status.JobId, "ris")}" data-export="ris">RIS</a> ·
            <a href="{PageLinks.CrawlExport(status.JobId, "csljson")}" data-export="csljson">CSL-JSON</a> ·
            <a href="{PageLinks.CrawlJson(status.JobId)}">status as JSON</a></p>
            {Failures(status)}
            </section>
            """);
        return LegacyPage.Of($"Crawl {status.JobId}", main, script: PageAssets.WatchCrawlScript);
    }

    /// <summary>The same words the script writes while the crawl runs (watch-crawl.js).</summary>
    private static string SpendText(CrawlStatus status) =>
        $"{status.Spend.RequestsPerPaper:0.00} requests a paper · {status.Spend.WritesPerPaper:0.00} storage writes a paper"
        + string.Concat(status.Spend.RequestsByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $" · {k.Key} {k.Value:N0}"));

    private static string WaitText(HostWait wait) =>
        $"Waiting for {wait.Host}: {wait.Papers:N0} papers until {wait.Until.UtcDateTime:HH:mm:ss} UTC ({wait.Reason})";

    private static string StateText(CrawlStatus status) =>
        status.Cancelled ? "Cancelled" : status.Done ? "Done" : status.Pending == 0 && status.Discovered == 0 ? "Resolving seeds…" : "Running…";

    private static int Value(CrawlStatus status, string field) => field switch
    {
        "discovered" => status.Discovered,
        "fetched" => status.Fetched,
        "fromCache" => status.FromCache,
        "failed" => status.Failed,
        "pending" => status.Pending,
        "sourceRequests" => (int)Math.Min(int.MaxValue, status.SourceRequests),
        _ => status.SkippedByBudget,
    };

    private static Html Failures(CrawlStatus status)
    {
        var failures = status.SeedErrors.Select(f => (Kind: "seed", Failure: f)).Concat(status.Failures.Select(f => (Kind: "paper", Failure: f))).ToList();
        if (failures.Count == 0) return Html.Empty;
        return Html.Of($"""
            <h2>Failures</h2>
            <p class="meta">{Html.Join(status.FailuresByReason.Select((r, i) => Html.Of($"{(i == 0 ? "" : " · ")}<span data-reason=\"{r.Key}\" data-count=\"{r.Value}\">{r.Key}: {r.Value}</span>")))}</p>
            <div class="scroll"><table data-failures="{failures.Count}">
            <thead><tr><th scope="col">Paper</th><th scope="col">Reason</th><th scope="col">Message</th></tr></thead>
            <tbody>{Html.Join(failures.Select(f => Html.Of($"<tr data-failure=\"{f.Kind}\"><td><code>{f.Failure.PaperId}</code></td><td>{f.Failure.Reason}</td><td>{f.Failure.Message}</td></tr>")))}</tbody>
            </table></div>
            """);
    }
}

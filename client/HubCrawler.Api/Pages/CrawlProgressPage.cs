using HubCrawler.Abstractions;

namespace HubCrawler.Api.Pages;

/// <summary>One crawl's progress: counters that update live while it runs (the script polls
/// /api/crawls/{id}), then the final counts, failures and export links.</summary>
internal static class CrawlProgressPage
{
    private static readonly (string Field, string Label)[] Counters =
    [
        ("discovered", "Discovered"), ("fetched", "Fetched"), ("fromCache", "From cache"),
        ("failed", "Failed"), ("pending", "Pending"), ("skippedByBudget", "Over budget"),
    ];

    public static Html Render(CrawlStatus status)
    {
        var state = RecentCrawlsView.State(status);
        var main = Html.Of($"""
            <section id="crawl" data-job-id="{status.JobId}" data-state="{state}" data-api="{PageLinks.CrawlJson(status.JobId)}" aria-labelledby="crawl-heading">
            <h1 id="crawl-heading">Crawl <code>{status.JobId}</code></h1>
            <p class="meta">Seeds {RecentCrawlsView.Seeds(status.Request.Seeds)} · depth {status.Request.Depth} · at most {PageLinks.Number(status.Request.MaxPapers)} papers · started {Markup.Time(status.StartedAt)}</p>
            <p><strong data-state-label>{StateText(status)}</strong>{(status.FinishedAt is { } finished ? Html.Of($" · finished {Markup.Time(finished)}") : Html.Empty)}</p>
            <progress max="{Math.Max(status.Discovered, 1)}" value="{status.Discovered - status.Pending}" aria-label="Papers reported back of papers discovered"></progress>
            <dl class="counters">
            {Html.Join(Counters.Select(c => Html.Of($"<div><dt>{c.Label}</dt><dd data-field=\"{c.Field}\" data-value=\"{Value(status, c.Field)}\">{PageLinks.Number(Value(status, c.Field))}</dd></div>")))}
            </dl>
            {Markup.When(state == "running", Html.Of($"<p><button type=\"button\" class=\"secondary\" data-cancel>Cancel crawl</button></p>"))}
            <h2>Export</h2>
            <p>The crawl's papers and the citations between them:
            <a href="{PageLinks.CrawlExport(status.JobId, "jsonl")}" data-export="jsonl">JSON Lines</a> ·
            <a href="{PageLinks.CrawlExport(status.JobId, "csv")}" data-export="csv">CSV</a> ·
            <a href="{PageLinks.CrawlExport(status.JobId, "graphml")}" data-export="graphml">GraphML</a> ·
            <a href="{PageLinks.CrawlJson(status.JobId)}">status as JSON</a></p>
            {Failures(status)}
            </section>
            """);
        return Layout.Page($"Crawl {status.JobId}", main, script: PageScripts.WatchCrawl);
    }

    private static string StateText(CrawlStatus status) =>
        status.Cancelled ? "Cancelled" : status.Done ? "Done" : status.Pending == 0 && status.Discovered == 0 ? "Resolving seeds…" : "Running…";

    private static int Value(CrawlStatus status, string field) => field switch
    {
        "discovered" => status.Discovered,
        "fetched" => status.Fetched,
        "fromCache" => status.FromCache,
        "failed" => status.Failed,
        "pending" => status.Pending,
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

using System.Diagnostics;
using HubCrawler.Cli.Api;

namespace HubCrawler.Cli.Rendering;

/// <summary>Watches a crawl until it is done, from the statuses the server pushes (server-sent events, reconnecting when the
/// stream drops): a live display with a progress bar on a terminal, at most one line a second otherwise (logs, CI, pipes).</summary>
internal static class CrawlWatcher
{
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(1);

    /// <summary>The crawl's final status, or null when the user stopped watching (Ctrl+C).</summary>
    public static async Task<CrawlStatus?> WatchAsync(CliContext cli, HubCrawlerApiClient api, CrawlStatus started, CancellationToken cancellationToken)
    {
        try
        {
            var capabilities = cli.Console.Profile.Capabilities;
            return capabilities is { Interactive: true, Ansi: true }
                ? await WatchLiveAsync(cli, api, started, cancellationToken)
                : await WatchPlainAsync(cli, api, started, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static async Task<CrawlStatus> WatchLiveAsync(CliContext cli, HubCrawlerApiClient api, CrawlStatus started, CancellationToken cancellationToken)
    {
        var rate = new RateMeter();
        var width = Math.Min(cli.Console.Profile.Width, 100);
        return await cli.Console.Live(Board(started, rate.Add(CrawlReport.Processed(started)), width))
            .AutoClear(false)
            .StartAsync(async context =>
            {
                await foreach (var status in api.Events.WatchAsync(started.JobId, cancellationToken))
                {
                    context.UpdateTarget(Board(status, rate.Add(CrawlReport.Processed(status)), width));
                    context.Refresh();
                    if (status.Done) return status;
                }
                return await FinalAsync(api, started.JobId, cancellationToken);
            });
    }

    /// <summary>The live view: a line of totals, and a bar splitting the discovered papers into fetched, from cache, failed and pending.
    /// The rate and the time are the crawl's own (as in the summary); <paramref name="recent"/> is the last few seconds' rate.</summary>
    private static Rows Board(CrawlStatus status, double recent, int width)
    {
        var headline = new Markup(
            $"discovered [bold]{Cells.Count(status.Discovered)}[/] · [bold]{Cells.Rate(CrawlReport.Rate(status))}[/] papers/s (now {Cells.Rate(recent)}) · {Cells.Duration(CrawlReport.Elapsed(status))}"
            + (status.Done ? " · [green]done[/]" : ""));
        if (status.Fetched + status.FromCache + status.Failed + status.Pending == 0) return new Rows(headline, new Markup("[grey]resolving the seeds…[/]"));
        var bar = new BreakdownChart().Width(width).ShowTagValues().UseValueFormatter(v => Cells.Count((int)v))
            .AddItem("fetched", status.Fetched, Color.Green)
            .AddItem("from cache", status.FromCache, Color.SteelBlue)
            .AddItem("failed", status.Failed, Color.Red)
            .AddItem("pending", status.Pending, Color.Grey);
        return new Rows([headline, bar, new Markup(Markup.Escape(Spend.Line(status))), .. status.Waiting.Select(w => new Markup($"[yellow]waiting for {Markup.Escape(w.Host)}: {Markup.Escape(Spend.Wait(w))}[/]"))]);
    }

    private static async Task<CrawlStatus> WatchPlainAsync(CliContext cli, HubCrawlerApiClient api, CrawlStatus started, CancellationToken cancellationToken)
    {
        var rate = new RateMeter();
        rate.Add(CrawlReport.Processed(started));
        // Log lines are written as they are: wrapped at a guessed width they would be harder to read and to grep.
        var log = cli.Console.Profile.Out.Writer;
        var printed = (Processed: -1, Discovered: -1);
        long lastPrint = 0;
        await foreach (var status in api.Events.WatchAsync(started.JobId, cancellationToken))
        {
            var processed = CrawlReport.Processed(status);
            var recent = rate.Add(processed);
            var due = lastPrint == 0 || Stopwatch.GetElapsedTime(lastPrint) >= PlainEvery;
            if (status.Done || (due && printed != (processed, status.Discovered)))
            {
                await log.WriteLineAsync(Markup.Remove(Describe(status, recent)) + " · " + Spend.Line(status));
                foreach (var wait in status.Waiting) await log.WriteLineAsync($"waiting for {wait.Host}: {Spend.Wait(wait)}");
                await log.FlushAsync(cancellationToken);
                printed = (processed, status.Discovered);
                lastPrint = Stopwatch.GetTimestamp();
            }
            if (status.Done) return status;
        }
        return await FinalAsync(api, started.JobId, cancellationToken);
    }

    /// <summary>The status once the stream has ended (it ends after the final event, so this is a formality).</summary>
    private static async Task<CrawlStatus> FinalAsync(HubCrawlerApiClient api, string jobId, CancellationToken cancellationToken) =>
        (await api.GetCrawlAsync(jobId, cancellationToken)).Value;

    /// <summary>One line of figures, as markup (numbers and fixed words only, so nothing needs escaping); the rate and time are
    /// the crawl's own, as in the summary, and <paramref name="recent"/> the last few seconds' rate.</summary>
    private static string Describe(CrawlStatus status, double recent) =>
        $"discovered [bold]{Cells.Count(status.Discovered)}[/] · fetched [bold]{Cells.Count(status.Fetched)}[/] · "
        + $"from cache [bold]{Cells.Count(status.FromCache)}[/] · "
        + (status.Failed > 0 ? $"[red]failed {Cells.Count(status.Failed)}[/]" : "failed 0")
        + $" · pending [bold]{Cells.Count(status.Pending)}[/] · {Cells.Rate(CrawlReport.Rate(status))} papers/s (now {Cells.Rate(recent)})"
        + $" · {Cells.Duration(CrawlReport.Elapsed(status))}";
}

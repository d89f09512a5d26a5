using HubCrawler.Cli.Api;

namespace HubCrawler.Cli.Commands;

/// <summary><c>watch &lt;id&gt; [--every 6h] [--webhook URL] [--secret S]</c> watches a paper for new citing papers;
/// <c>watch --list</c> lists the watches; <c>watch --delete &lt;watchId&gt;</c> stops one.</summary>
internal static class WatchCommand
{
    public static Command Create(CliContext cli)
    {
        var paper = new Argument<string?>("id") { Description = PaperIds.Help + " (omit with --list or --delete)", Arity = ArgumentArity.ZeroOrOne };
        var every = new Option<string?>("--every") { Description = "How often to check: 6h (the default), 30m, 1d, 1h30m; at least the server's minimum (1h by default)" };
        var webhook = new Option<string?>("--webhook") { Description = "An http(s) URL to POST the new citing papers of each check to (JSON)" };
        var secret = new Option<string?>("--secret") { Description = "Sign webhook bodies with HMAC-SHA256 under this secret (X-HubCrawler-Signature)" };
        var list = new Option<bool>("--list") { Description = "List the watches" };
        var delete = new Option<string?>("--delete") { Description = "Stop the watch with this id" };
        var json = JsonOption.Create();
        var command = new Command("watch", "Watch a paper for new citing papers (Atom feed, optional webhook); needs the API key ("
            + HubCrawlerApiClient.ApiKeyVariable + ")") { paper, every, webhook, secret, list, delete, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var id = parse.GetValue(paper);
            var deleteId = parse.GetValue(delete);
            var listing = parse.GetValue(list);
            if ((id is not null ? 1 : 0) + (deleteId is not null ? 1 : 0) + (listing ? 1 : 0) != 1)
                throw new UsageException("Give a paper id to watch, or --list, or --delete <watchId> (one of them).");
            if (id is null && (parse.GetValue(every) ?? parse.GetValue(webhook) ?? parse.GetValue(secret)) is not null)
                throw new UsageException("--every, --webhook and --secret go with a paper id.");
            if (parse.GetValue(every) is { } period && !WatchPeriod.TryParse(period, out _))
                throw new UsageException($"--every '{period}' is not a period: write it as 6h, 30m, 1d or 1h30m.");

            using var api = cli.CreateClient(parse);
            if (listing)
            {
                var watches = await api.ListWatchesAsync(cancellationToken);
                if (parse.GetValue(json))
                {
                    await cli.Output.WriteLineAsync(watches.Raw);
                    return ExitCodes.Ok;
                }
                Render(cli.Console, watches.Value);
                return ExitCodes.Ok;
            }
            if (deleteId is not null)
            {
                var deleted = await api.DeleteWatchAsync(deleteId, cancellationToken);
                if (parse.GetValue(json)) await cli.Output.WriteLineAsync(deleted.Raw);
                else cli.Console.MarkupLineInterpolated($"Watch [bold]{deleted.Value.WatchId}[/] of {deleted.Value.PaperId} stopped.");
                return ExitCodes.Ok;
            }

            var parsed = PaperIds.Parse(id);
            var created = await api.CreateWatchAsync(parsed.SourceForm, parse.GetValue(every), parse.GetValue(webhook), parse.GetValue(secret), cancellationToken);
            if (parse.GetValue(json))
            {
                await cli.Output.WriteLineAsync(created.Raw);
                return ExitCodes.Ok;
            }
            var watch = created.Value;
            cli.Console.MarkupLineInterpolated($"Watching [bold]{watch.PaperId}[/] every {watch.Every}: watch [bold]{watch.WatchId}[/].");
            cli.Console.MarkupLineInterpolated($"Feed: {new Uri(api.Api, watch.Feed ?? "").AbsoluteUri}");
            if (watch.Webhook is { } hook) cli.Console.MarkupLineInterpolated($"Webhook: {hook}{(watch.Signed ? " (signed)" : "")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, IReadOnlyList<WatchResponse> watches)
    {
        if (watches.Count == 0)
        {
            console.MarkupLine("No watches.");
            return;
        }
        var table = new Table().AddColumns("watch", "paper", "every", "checks", "last check", "new", "webhook", "error");
        foreach (var w in watches)
            table.AddRow(Markup.Escape(w.WatchId), Markup.Escape(w.PaperId), Markup.Escape(w.Every ?? ""), w.Checks.ToString(System.Globalization.CultureInfo.InvariantCulture),
                w.LastCheckAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "-", w.LastCheckNew.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(w.Webhook ?? "-"), Markup.Escape(w.LastError ?? ""));
        console.Write(table);
    }
}

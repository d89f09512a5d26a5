using System.Text;
using HubCrawler.Cli.Api;

namespace HubCrawler.Cli.Commands;

/// <summary><c>export &lt;jobId&gt; --format jsonl|csv|graphml|gexf|bibtex|ris|csljson [--output FILE]</c>: a crawl's papers and
/// citation edges; <c>export --paper &lt;id&gt; --format bibtex|ris|csljson [--list citations|references]</c>: one paper's citing
/// papers (or its read references) for a reference manager; streamed to a file or standard output.</summary>
internal static class ExportCommand
{
    private static readonly string[] CrawlFormats = ["jsonl", "csv", "graphml", "gexf", "bibtex", "ris", "csljson"];
    private static readonly string[] PaperFormats = ["bibtex", "ris", "csljson"];

    public static Command Create(CliContext cli)
    {
        var jobId = new Argument<string?>("jobId") { Description = "The crawl's job id (or --paper)", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl (JSON Lines of papers and edges), csv, graphml or gexf (graph tools: Gephi, networkx), " +
                          "bibtex, ris or csljson (reference managers: Zotero, JabRef, Pandoc)",
            Required = true,
        };
        format.AcceptOnlyFromAmong(CrawlFormats);
        var paperId = new Option<string?>("--paper") { Description = "Export this paper's citing papers instead of a crawl (bibtex, ris or csljson)", HelpName = "id" };
        var list = new Option<string>("--list") { Description = "With --paper: citations (the papers citing it) or references (the papers it cites, once read)", DefaultValueFactory = _ => "citations" };
        list.AcceptOnlyFromAmong("citations", "references");
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output", HelpName = "file" };
        var command = new Command("export", "Export a crawl's graph (papers and citation edges), or one paper's citing papers") { jobId, format, paperId, list, outputFile };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(outputFile);
            // Checked before the request so that a typo in the path costs nothing on the server.
            if (file?.Directory is { Exists: false } directory)
                throw new UsageException($"Cannot write {file.FullName}: the folder {directory.FullName} does not exist.");

            var job = parse.GetValue(jobId);
            var paperText = parse.GetValue(paperId);
            if ((job is null) == (paperText is null))
                throw new UsageException("Give a crawl's job id or --paper <id>, not both and not neither.");
            var paper = paperText is null ? null : PaperIds.Parse(paperText);
            if (paper is not null && !PaperFormats.Contains(parse.GetValue(format)))
                throw new UsageException($"A paper's citations export as {string.Join(", ", PaperFormats)}, not {parse.GetValue(format)}.");

            using var api = cli.CreateClient(parse);
            using var response = paper is null
                ? await api.OpenExportAsync(job!, parse.GetValue(format)!, cancellationToken)
                : await api.OpenPaperExportAsync(paper, parse.GetValue(format)!, parse.GetValue(list)!, cancellationToken);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            if (file is null)
            {
                await CopyAsync(api, () => CopyTextAsync(body, cli.Output, cancellationToken));
                return ExitCodes.Ok;
            }

            FileStream target;
            try
            {
                target = file.Create();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"Cannot write {file.FullName}: {e.Message}");
            }
            try
            {
                await using (target) await CopyAsync(api, () => body.CopyToAsync(target, cancellationToken));
            }
            catch
            {
                // A half-written export would look complete to whoever reads it next.
                file.Delete();
                throw;
            }
            file.Refresh();
            cli.Console.MarkupLineInterpolated($"Wrote {FormatBytes(file.Length)} of {parse.GetValue(format)} to [bold]{file.FullName}[/].");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Runs a copy, telling a broken download (the API's fault) from a failed write (ours).</summary>
    private static async Task CopyAsync(HubCrawlerApiClient api, Func<Task> copy)
    {
        try
        {
            await copy();
        }
        catch (HttpIOException e)
        {
            // The API answered and then failed, so it is the API's error, not a missing server.
            throw new ApiProblemException(null, "The export broke off", $"{e.Message} Nothing was kept; try again, or see the API's log at {api.Api}.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"Cannot write the export: {e.Message}");
        }
    }

    private static async Task CopyTextAsync(Stream body, TextWriter output, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var buffer = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private static string FormatBytes(long bytes) =>
        bytes < 1024 ? $"{bytes} bytes" : bytes < 1024 * 1024 ? $"{bytes / 1024.0:0.0} KiB" : $"{bytes / (1024.0 * 1024):0.0} MiB";
}

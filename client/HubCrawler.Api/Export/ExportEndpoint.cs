using System.ComponentModel;
using HubCrawler.Api.Export.Bibliography;
using HubCrawler.Api.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace HubCrawler.Api.Export;

/// <summary><c>GET /api/crawls/{jobId}/export?format=jsonl|csv|graphml|gexf|bibtex|ris|csljson</c>: the papers and
/// citation edges of a crawl, streamed as they are read from the grains.</summary>
internal static class ExportEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/crawls/{jobId}/export", Export)
            .WithName("ExportCrawl")
            .WithTags("Crawls")
            .WithSummary("Export a crawl's graph")
            .WithDescription(
                "The papers the crawl admitted (a snapshot when the export starts) and the citations between them: an edge goes from the " +
                "citing paper (source) to the cited one (target), one per pair. Streamed, paper by paper. " +
                "jsonl: one JSON object per line with \"kind\":\"paper\" (paperId, remainingDepth, title, authors, year, venue, citationCount, " +
                "behaviourLabel, fetchedAt, error) or \"kind\":\"edge\" (source, target, role, polarity, intents, isInfluential). " +
                "csv: the same fields as one table with a kind column; paper rows leave the edge columns empty and the other way round; lists are joined with \"; \". " +
                "graphml and gexf (Gephi): a directed graph with the same fields as node and edge attributes. " +
                "bibtex, ris and csljson (reference managers): one entry per paper with a hub (no edges), keyed like vaswani2017attention, " +
                "unique within the file; the entry type (article, inproceedings, misc) follows the venue.")
            .Produces<string>(StatusCodes.Status200OK, ExportFormats.MediaType(ExportFormat.Jsonl), [.. ExportFormats.Crawl.Skip(1).Select(ExportFormats.MediaType)])
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Export(
        [Description("The crawl's job id (16 hex characters).")] string jobId,
        [Description("Output format: jsonl (the default), csv, graphml, gexf, bibtex, ris or csljson.")] string? format,
        HttpRequest request, IGrainFactory grains, IOptions<JsonOptions> json)
    {
        if (!JobIds.IsValid(jobId)) return ApiProblems.BadRequest(JobIds.Invalid(jobId));
        if (ExportFormats.Parse(format ?? "", ExportFormat.Jsonl, ExportFormats.Crawl, out var error) is not { } exportFormat)
            return ApiProblems.BadRequest(error!);
        if (await grains.GetGrain<ICrawlJobGrain>(jobId).GetStatus() is null) return ApiProblems.NotFound(JobIds.Unknown(jobId));

        var reader = new CrawlGraphReader(grains);
        var aborted = request.HttpContext.RequestAborted;
        return TypedResults.Stream(async stream =>
        {
            if (ExportFormats.IsBibliography(exportFormat))
            {
                await BibliographyExport.WriteAsync(exportFormat, stream, Records(reader.Read(jobId, withEdges: false, aborted)));
                return;
            }
            await using ICrawlExportWriter writer = exportFormat switch
            {
                ExportFormat.Csv => new CsvExportWriter(stream),
                ExportFormat.Graphml => new GraphMlExportWriter(stream),
                ExportFormat.Gexf => new GexfExportWriter(stream),
                _ => new JsonLinesExportWriter(stream, json.Value.SerializerOptions),
            };
            await foreach (var paper in reader.Read(jobId, withEdges: true, aborted))
                await writer.WriteAsync(PaperRow.From(paper), paper.Edges());
            await writer.CompleteAsync();
        }, ExportFormats.ContentType(exportFormat), $"crawl-{jobId}.{ExportFormats.Extension(exportFormat)}");
    }

    // A paper without a hub has nothing to cite it by.
    private static async IAsyncEnumerable<BibliographicRecord> Records(IAsyncEnumerable<ExportedPaper> papers)
    {
        await foreach (var paper in papers)
            if (paper.Hub is { } hub)
                yield return BibliographicRecord.From(hub.Metadata);
    }
}

using System.ComponentModel;
using HubCrawler.Abstractions;
using HubCrawler.Api.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace HubCrawler.Api.Export;

/// <summary><c>GET /api/crawls/{jobId}/export?format=jsonl|csv|graphml</c>: the papers and citation
/// edges of a crawl, streamed as they are read from the grains.</summary>
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
                "graphml: a directed graph with the same fields as node and edge attributes.")
            .WithQueryParameters(QueryParameterDoc.OneOf("format", "Output format (default jsonl).", "jsonl", "csv", "graphml"))
            .Produces<string>(StatusCodes.Status200OK, "application/x-ndjson", "text/csv", "application/graphml+xml")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Export(
        [Description("The crawl's job id (16 hex characters).")] string jobId, HttpRequest request, IGrainFactory grains, IOptions<JsonOptions> json)
    {
        if (!JobIds.IsValid(jobId)) return ApiProblems.BadRequest(JobIds.Invalid(jobId));
        var formatText = request.Query["format"].ToString();
        ExportFormat format = ExportFormat.Jsonl;
        if (formatText.Length > 0 && (int.TryParse(formatText, out _) || !Enum.TryParse(formatText, ignoreCase: true, out format)))
            return ApiProblems.BadRequest($"format must be one of jsonl, csv, graphml, not '{(formatText.Length <= 40 ? formatText : formatText[..40] + "…")}'.");
        if (await grains.GetGrain<ICrawlJobGrain>(jobId).GetStatus() is null) return ApiProblems.NotFound(JobIds.Unknown(jobId));

        var (contentType, extension) = format switch
        {
            ExportFormat.Csv => ("text/csv; charset=utf-8", "csv"),
            ExportFormat.Graphml => ("application/graphml+xml; charset=utf-8", "graphml"),
            _ => ("application/x-ndjson; charset=utf-8", "jsonl"),
        };
        var reader = new CrawlGraphReader(grains);
        return Results.Stream(async stream =>
        {
            await using ICrawlExportWriter writer = format switch
            {
                ExportFormat.Csv => new CsvExportWriter(stream),
                ExportFormat.Graphml => new GraphMlExportWriter(stream),
                _ => new JsonLinesExportWriter(stream, json.Value.SerializerOptions),
            };
            await foreach (var paper in reader.Read(jobId, request.HttpContext.RequestAborted))
                await writer.WriteAsync(PaperRow.From(paper), paper.Edges());
            await writer.CompleteAsync();
        }, contentType, $"crawl-{jobId}.{extension}");
    }
}

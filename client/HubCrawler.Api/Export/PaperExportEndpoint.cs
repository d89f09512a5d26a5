using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using HubCrawler.Api.Endpoints;
using HubCrawler.Api.Export.Bibliography;
using HubCrawler.Api.OpenApi;
using HubCrawler.Api.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HubCrawler.Api.Export;

/// <summary><c>GET /api/papers/{id}/export?format=bibtex|ris|csljson&amp;list=citations|references</c>: one hub's citing papers
/// (or the papers it cites, once they were read) for a reference manager, streamed page by page from the hub's stored list.</summary>
internal static partial class PaperExportEndpoint
{
    private const int PageSize = CitationQuery.MaxLimit;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet($"/papers/{{**id:{ExportSuffixConstraint.Name}}}", Export)
            .WithName("ExportPaperCitations")
            .WithTags("Papers")
            .WithOpenApiPath("api/papers/{id}/export")
            .WithSummary("Export a paper's citing papers (or its references) for a reference manager")
            .WithDescription(
                "Every citing paper in the hub's stored list (list=citations, the default), or every paper it cites (list=references; " +
                "only once its references were read, e.g. by GET /api/papers/{id}/references: an export never spends source requests on them, " +
                "409 until then), optionally narrowed with the explorer's filters. bibtex: @article/@inproceedings/@misc entries keyed like " +
                "vaswani2017attention (a letter is added on a collision); ris: TY … ER records; csljson: an array of CSL-JSON items. " +
                "Citing papers no source resolved are written with what is known of them. Streamed, a page of the list at a time.")
            .Produces<string>(StatusCodes.Status200OK, ExportFormats.MediaType(ExportFormat.Bibtex), [.. ExportFormats.Paper.Skip(1).Select(ExportFormats.MediaType)])
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status502BadGateway);
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Export([Description("A paper id in any accepted form.")] string id,
        [Description("Output format: bibtex (the default), ris or csljson.")] string? format,
        [Description("citations (the papers citing it, default) or references (the papers it cites).")] string? list,
        [AsParameters] CitationFilterParameters filters, HttpRequest request, IGrainFactory grains)
    {
        if (ExportFormats.Parse(format ?? "", ExportFormat.Bibtex, ExportFormats.Paper, out var error) is not { } exportFormat)
            return ApiProblems.BadRequest(error!);
        if (list is not (null or "" or "citations" or "references"))
            return ApiProblems.BadRequest($"list must be citations or references, not '{QueryBindingFailures.Clip(list)}'.");
        var references = list == "references";
        var query = filters.ToQuery(0, PageSize);

        var lookup = await grains.GetGrain<IPaperDirectoryGrain>(0).Lookup(PaperRoute.Id(id, ExportSuffixConstraint.Suffix));
        if (lookup.Hub is not { } hub) return ApiProblems.ForLookup(lookup.Error, lookup.Message);
        if (references && hub.References is null)
            return TypedResults.Problem(
                $"The references of {hub.PaperId} have not been read yet; an export does not spend source requests on them. " +
                $"Read them first (GET /api/papers/{hub.PaperId}/references), then export again.",
                statusCode: StatusCodes.Status409Conflict, title: "The references are not read yet");

        var paper = grains.GetGrain<IPaperGrain>(hub.PaperId);
        var aborted = request.HttpContext.RequestAborted;
        var fileName = $"{(references ? "references" : "citations")}-{Unsafe().Replace(hub.PaperId, "_")}.{ExportFormats.Extension(exportFormat)}";
        return TypedResults.Stream(stream => BibliographyExport.WriteAsync(exportFormat, stream, Records(paper, references, query, aborted)),
            ExportFormats.ContentType(exportFormat), fileName);
    }

    private static async IAsyncEnumerable<BibliographicRecord> Records(IPaperGrain paper, bool references, CitationQuery query,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = references ? (await paper.GetReferences(query)).Page : await paper.GetCitations(query);
            if (page is null) yield break;
            foreach (var edge in page.Items) yield return BibliographicRecord.From(edge);
            if (page.NextOffset is not { } next || next <= query.Offset) yield break;
            query = query with { Offset = next };
        }
    }

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex Unsafe();
}

using System.ComponentModel;
using HubCrawler.Api.OpenApi;
using HubCrawler.Api.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HubCrawler.Api.Endpoints;

/// <summary>Paper hubs and the citations explorer.</summary>
internal static class PaperEndpoints
{
    private const string IdDescription = "A paper id: a 40-hex Semantic Scholar id, `arXiv:2507.21802`, `DOI:10.18653/v1/N18-3011` (slashes allowed), `CorpusId:123` or `PMID:123`.";

    public static void Map(IEndpointRouteBuilder api)
    {
        // DOIs contain slashes, so the id takes the rest of the path; the constraint picks ".../citations" for the explorer.
        api.MapGet($"/papers/{{**id:{CitationsSuffixConstraint.Name}}}", GetCitations)
            .WithName("GetCitations")
            .WithTags("Papers")
            .WithOpenApiPath("api/papers/{id}/citations")
            .WithSummary("A page of a paper's citing papers")
            .WithDescription("The citations explorer: filter by role, polarity and year range, sort, and page with offset/limit. " +
                             "`next` is the URL of the next page with the same filters (null on the last page). The paper is fetched first if it is not cached.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status502BadGateway);

        api.MapGet($"/papers/{{**id:{ReferencesSuffixConstraint.Name}}}", GetReferences)
            .WithName("GetReferences")
            .WithTags("Papers")
            .WithOpenApiPath("api/papers/{id}/references")
            .WithSummary("A page of the papers a paper cites")
            .WithDescription("The references explorer, with the citations explorer's filters, sorting and paging. Each item's `citing*` fields " +
                             "describe the cited paper (the other end of the edge); `direction` is `references`. The references are read from the " +
                             "sources the first time they are asked for (a lookup alone does not spend requests on them).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status502BadGateway);

        api.MapGet("/papers/{**id}", GetPaper)
            .WithName("GetPaper")
            .WithTags("Papers")
            .WithSummary("A paper's hub")
            .WithDescription("Metadata, the role and polarity summary, the behaviour label and headline, representative citing papers, " +
                             "freshness and sources. Served from the cache when fresh, else fetched from the source on demand.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status502BadGateway);
    }

    private static async Task<Results<Ok<PaperHub>, ProblemHttpResult>> GetPaper([Description(IdDescription)] string id, [AsParameters] PaperParameters parameters, IGrainFactory grains)
    {
        var lookup = await grains.GetGrain<IPaperDirectoryGrain>(0).Lookup(PaperRoute.Id(id), parameters.Refresh ?? false);
        return lookup.Hub is { } hub ? TypedResults.Ok(hub) : ApiProblems.ForLookup(lookup.Error, lookup.Message);
    }

    private static Task<Results<Ok<CitationPageResponse>, ProblemHttpResult>> GetCitations([Description(IdDescription)] string id, [AsParameters] CitationPageParameters parameters,
        HttpRequest request, IGrainFactory grains) =>
        GetEdges(id, CitationsSuffixConstraint.Suffix, parameters, request, (directory, paperId, query) => directory.Citations(paperId, query), grains);

    private static Task<Results<Ok<CitationPageResponse>, ProblemHttpResult>> GetReferences([Description(IdDescription)] string id, [AsParameters] CitationPageParameters parameters,
        HttpRequest request, IGrainFactory grains) =>
        GetEdges(id, ReferencesSuffixConstraint.Suffix, parameters, request, (directory, paperId, query) => directory.References(paperId, query), grains);

    private static async Task<Results<Ok<CitationPageResponse>, ProblemHttpResult>> GetEdges(string id, string suffix, CitationPageParameters parameters, HttpRequest request,
        Func<IPaperDirectoryGrain, string, CitationQuery, Task<CitationsLookup>> read, IGrainFactory grains)
    {
        var query = parameters.ToQuery(CitationPageParameters.DefaultLimit);
        var paperId = PaperRoute.Id(id, suffix);
        var result = await read(grains.GetGrain<IPaperDirectoryGrain>(0), paperId, query);
        if (result.Page is not { } page) return ApiProblems.ForLookup(result.Error, result.Message);

        string? next = null;
        if (page.NextOffset is { } nextOffset)
        {
            var nextQuery = QueryString.Create(request.Query
                .Where(p => p.Key != "offset")
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
                .Append(new KeyValuePair<string, string?>("offset", nextOffset.ToString(CultureInfo.InvariantCulture))));
            next = $"/{ApiPaths.Paper(page.PaperId)}{suffix}{nextQuery}";
        }
        return TypedResults.Ok(new CitationPageResponse(page.PaperId, page.Total, page.Offset, page.Limit, page.NextOffset, next, page.Items) { Direction = page.Direction });
    }
}

using System.ComponentModel;
using HubCrawler.Api.OpenApi;
using HubCrawler.Api.Queries;
using HubCrawler.Api.Related;
using HubCrawler.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HubCrawler.Api.Endpoints;

/// <summary>Related papers of one paper and the ranking of a crawl's papers, from the hubs held (no source request).</summary>
internal static class RelatedEndpoints
{
    public const int PairsShown = 20;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet($"/papers/{{**id:{RelatedSuffixConstraint.Name}}}", GetRelated)
            .WithName("GetRelatedPapers")
            .WithTags("Papers")
            .WithOpenApiPath("api/papers/{id}/related")
            .WithSummary("Papers related to a paper: co-citation and bibliographic coupling")
            .WithDescription("Computed from the hubs HubCrawler already holds, with no source request. `coCitation`: papers its citing papers also cite, " +
                             "by how many of them (\"cited together 14 times\"), known from the citing papers' reference lists. `coupling`: papers that cite " +
                             "its references too, by how many references they share (\"shares 5 references\"), known from its references' citation lists. " +
                             "Each list says how many of the lists it needs were read (`status` complete, partial or unknown: a paper whose references were " +
                             "never read has coupling `unknown`, not empty). 404 when the paper has no hub (look it up first).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        api.MapGet("/crawls/{jobId}/ranking", GetRanking)
            .WithName("GetCrawlRanking")
            .WithTags("Crawls")
            .WithSummary("A crawl's papers ranked by importance within the crawl")
            .WithDescription("PageRank over the citations between the crawl's papers (from their citation lists and reference lists, each citation once; " +
                             "a citation passes rank to the cited paper), highest first, with each paper's citations within the crawl in both directions " +
                             "(`citedBy`, `cites`). For the crawl as a whole, `coCitedPairs` and `coupledPairs`: the pairs of its papers most often cited together " +
                             $"by its papers, and those sharing the most references among them (top {PairsShown}). Computed from the hubs held, with no source request; paged with offset and limit.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<RelatedPapersResponse>, ProblemHttpResult>> GetRelated([Description("A paper id in any accepted form (see GET /api/papers/{id}).")] string id,
        [AsParameters] RelatedParameters parameters, HttpRequest request, IGrainFactory grains)
    {
        var limit = parameters.Limit ?? RelatedParameters.DefaultLimit;
        var paperId = PaperRoute.Id(id, RelatedSuffixConstraint.Suffix);
        var resolution = await grains.GetGrain<IPaperDirectoryGrain>(0).Resolve(paperId);
        if (resolution.CanonicalId is not { } canonical) return ApiProblems.ForLookup(resolution.Error, resolution.Message);
        var related = await new RelatedPapersReader(grains).Read(canonical, limit, request.HttpContext.RequestAborted);
        return related is null ? ApiProblems.NotFound(NotHeld(paperId)) : TypedResults.Ok(related);
    }

    private static List<RelatedPair> Pairs(CrawlGraphSnapshot snapshot, bool coCitation)
    {
        var pairs = coCitation ? PairCounts.CoCited(snapshot.Graph, PairsShown) : PairCounts.Coupled(snapshot.Graph, PairsShown);
        string? Title(string id) => snapshot.Graph.IndexOf(id) is { } i ? snapshot.Papers[i].Title : null;
        return pairs.Select(p => new RelatedPair(p.First, Title(p.First), p.Second, Title(p.Second), p.Count, RelatedPapersReader.Evidence(coCitation, p.Count))).ToList();
    }

    public static string NotHeld(string paperId) =>
        $"HubCrawler holds no hub for '{paperId}' yet; related papers are computed from hubs held. Look the paper up (GET /api/papers/{paperId}) or crawl it first.";

    private static async Task<Results<Ok<CrawlRankingResponse>, ProblemHttpResult>> GetRanking([Description("The crawl's job id (16 hex characters).")] string jobId,
        [AsParameters] RankingParameters parameters, HttpRequest request, IGrainFactory grains)
    {
        if (!JobIds.IsValid(jobId)) return ApiProblems.BadRequest(JobIds.Invalid(jobId));
        var (offset, limit) = (parameters.Offset ?? 0, parameters.Limit ?? RankingParameters.DefaultLimit);
        var snapshot = await new CrawlGraphSnapshotReader(grains).Read(jobId, request.HttpContext.RequestAborted);
        if (snapshot is null) return ApiProblems.NotFound(JobIds.Unknown(jobId));

        var items = snapshot.Ranking.Skip(offset).Take(limit).Select(r =>
        {
            var paper = snapshot.Papers[r.Index];
            return new RankedPaperItem(r.Rank, r.PaperId, paper.Title, paper.Year, Math.Round(r.Score, 8), r.CitedBy, r.Cites, paper.HasHub ? paper.CitationCount : null);
        }).ToList();
        var nextOffset = offset + items.Count;
        var next = items.Count > 0 && nextOffset < snapshot.Ranking.Count
            ? $"/api/crawls/{jobId}/ranking?offset={nextOffset.ToString(CultureInfo.InvariantCulture)}&limit={limit.ToString(CultureInfo.InvariantCulture)}"
            : null;
        return TypedResults.Ok(new CrawlRankingResponse(jobId, snapshot.Graph.Papers.Count, snapshot.Graph.EdgeCount, offset, limit, next, items,
            Pairs(snapshot, coCitation: true), Pairs(snapshot, coCitation: false)));
    }
}

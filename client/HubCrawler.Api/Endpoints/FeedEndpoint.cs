using System.ComponentModel;
using HubCrawler.Api.Feeds;
using HubCrawler.Api.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HubCrawler.Api.Endpoints;

/// <summary>A watched paper's Atom feed of new citing papers, beside its hub page (public, like the hub).</summary>
internal static class FeedEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"/papers/{{**id:{FeedSuffixConstraint.Name}}}", GetFeed)
            .WithName("PaperFeed")
            .WithTags("Watches")
            .WithOpenApiPath("papers/{id}/feed.atom")
            .WithSummary("A watched paper's new citing papers (Atom)")
            .WithDescription("An Atom 1.0 feed of the citing papers that appeared since the paper was first watched, newest first. Entry ids are " +
                             "stable (`urn:hubcrawler:citation:{cited}:{citing}`), `updated` is when a check found the paper, each entry links to the " +
                             "citing paper's hub. 404 for a paper no watch ever watched.")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetFeed([Description("A paper id in any accepted form.")] string id, HttpRequest request, IGrainFactory grains)
    {
        var paperId = PaperRoute.Id(id, FeedSuffixConstraint.Suffix);
        if (!PaperIdentifier.TryParse(paperId, out _, out var invalid)) return ApiProblems.BadRequest(invalid);
        var resolved = await grains.GetGrain<IPaperDirectoryGrain>(0).Resolve(paperId);
        if (resolved.CanonicalId is not { } canonical) return ApiProblems.ForLookup(resolved.Error, resolved.Message);
        var feed = await grains.GetGrain<IPaperFeedGrain>(canonical).Get();
        if (feed is null) return ApiProblems.NotFound($"No watch has watched {paperId}; create one with POST /api/watches.");
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return TypedResults.Bytes(AtomFeedWriter.Write(feed, origin), AtomFeedWriter.ContentType);
    }
}

using System.Globalization;
using HubCrawler.Abstractions;
using HubCrawler.Api.Contracts;
using HubCrawler.Api.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HubCrawler.Api.Endpoints;

/// <summary>Finding a paper by title, words or id.</summary>
internal static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithTags("Papers")
            .WithSummary("Find papers by title, words or id")
            .WithDescription("A paper id (any accepted form, or a doi.org, arxiv.org or Semantic Scholar link) is answered as itself without asking a source. " +
                             "Anything else is searched for at each enabled source that searches (Semantic Scholar relevance search, OpenAlex search), " +
                             "one request each, and the answer is cached briefly, so a repeated query spends nothing. `exactMatch` is the paper whose " +
                             "title is the query (case and punctuation ignored). No hub is built until one is opened. 400 for an empty, too long or " +
                             "malformed query; 503 naming the source when no source could answer, with Retry-After when they all asked to wait (one that fails while another answers is listed in `failedSources`).")
            .WithQueryParameters(
                new QueryParameterDoc("q", "string", $"A title, some words or a paper id (1 to {SearchInput.MaxLength} characters)."),
                QueryParameterDoc.Integer("limit", $"Most papers to return (default {SearchInput.DefaultLimit}, 1 to {SearchInput.MaxLimit})."))
            .Produces<SearchResponse>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status503ServiceUnavailable);
    }

    // q is read here, not bound, so the OpenAPI document describes it once (WithQueryParameters above).
    private static async Task<IResult> Search(HttpRequest request, IGrainFactory grains)
    {
        var q = request.Query["q"].ToString();
        if (!QueryParameters.TryInt(request, "limit", SearchInput.DefaultLimit, out var limit, out var error)) return ApiProblems.BadRequest(error!);
        var answer = await grains.GetGrain<ISearchGrain>(0).Search(q, limit);
        if (answer.RetryAt is { } at)
            request.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((at - TimeProvider.System.GetUtcNow()).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return answer.Error == SearchErrorKind.None ? Results.Ok(SearchResponse.Of(answer)) : ApiProblems.ForSearch(answer);
    }
}

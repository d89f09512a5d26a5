using HubCrawler.Api.OpenApi;
using HubCrawler.Api.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

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
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> Search([AsParameters] SearchParameters parameters, HttpRequest request, IGrainFactory grains)
    {
        var answer = await grains.GetGrain<ISearchGrain>(0).Search(parameters.Q ?? "", parameters.Limit ?? SearchInput.DefaultLimit);
        if (answer.RetryAt is { } at)
            request.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((at - TimeProvider.System.GetUtcNow()).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return answer.Error == SearchErrorKind.None ? TypedResults.Ok(answer.ToResponse()) : ApiProblems.ForSearch(answer);
    }
}

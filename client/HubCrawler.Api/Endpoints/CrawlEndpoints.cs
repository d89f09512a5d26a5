using System.ComponentModel;
using HubCrawler.Api.OpenApi;
using HubCrawler.Api.Queries;
using HubCrawler.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HubCrawler.Api.Endpoints;

/// <summary>Starting, listing, watching and cancelling crawl jobs.</summary>
internal static class CrawlEndpoints
{
    /// <summary>Far above the largest valid request (1,000 seeds of at most 200 characters).</summary>
    public const long MaxBodyBytes = 1024 * 1024;
    private const string JobIdDescription = "The job id from the Location header of POST /api/crawls (16 hex characters).";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/crawls", StartCrawl)
            .WithName("StartCrawl")
            .WithTags("Crawls")
            .WithSummary("Start a crawl")
            .WithDescription("Resolves the seeds and follows citing papers (`direction`: `citations`, the default; `references` follows the papers each cites; " +
                             "`both` follows both) up to `depth` hops, visiting at most `maxPapers` papers. " +
                             "Answers 202 at once with the job's status and its URL in Location; follow its progress at that URL + /events (server-sent events) or poll the URL.")
            .Accepts<CrawlRequest>("application/json")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType)
            .RequiresWriteAccess();

        api.MapGet("/crawls", ListCrawls)
            .WithName("ListCrawls")
            .WithTags("Crawls")
            .WithSummary("Recent crawls")
            .WithDescription("The most recent crawls, newest first, each with its current status.")
            .ProducesProblems(StatusCodes.Status400BadRequest);

        api.MapGet("/crawls/{jobId}", GetCrawl)
            .WithName("GetCrawl")
            .WithTags("Crawls")
            .WithSummary("A crawl's progress")
            .WithDescription("Counters (discovered, fetched, fromCache, failed, pending, skippedByBudget), done/cancelled, start and finish times, failures.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        api.MapDelete("/crawls/{jobId}", CancelCrawl)
            .WithName("CancelCrawl")
            .WithTags("Crawls")
            .WithSummary("Cancel a crawl")
            .WithDescription("Stops the crawl: nothing more is admitted or waited for. Hubs already fetched stay cached. Answers the final status.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound)
            .RequiresWriteAccess();
    }

    private static async Task<Results<Accepted<CrawlStatus>, ProblemHttpResult>> StartCrawl(HttpRequest request, IGrainFactory grains)
    {
        var (crawl, problem) = await JsonRequestBody.ReadAsync<CrawlRequest>(request, MaxBodyBytes, "crawl", TooLarge,
            "{\"seeds\":[...],\"depth\":n,\"maxPapers\":n}");
        if (crawl is null) return problem!;
        if (crawl.Validate() is { } invalid) return ApiProblems.BadRequest(invalid);

        var jobId = JobIds.New();
        var status = await grains.GetGrain<ICrawlJobGrain>(jobId).Start(crawl);
        return TypedResults.Accepted($"/api/crawls/{jobId}", status);
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem($"The crawl request is larger than {MaxBodyBytes / (1024 * 1024)} MiB; a valid one (at most {CrawlRequest.MaxSeeds} seeds) is far smaller.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");

    private static async Task<Ok<CrawlList>> ListCrawls([AsParameters] CrawlListParameters parameters, IGrainFactory grains) =>
        TypedResults.Ok(new CrawlList(await RecentCrawls.Load(grains, parameters.Limit ?? CrawlListParameters.DefaultLimit)));

    private static async Task<Results<Ok<CrawlStatus>, ProblemHttpResult>> GetCrawl([Description(JobIdDescription)] string jobId, IGrainFactory grains)
    {
        if (!JobIds.IsValid(jobId)) return ApiProblems.BadRequest(JobIds.Invalid(jobId));
        var status = await grains.GetGrain<ICrawlJobGrain>(jobId).GetStatus();
        return status is null ? ApiProblems.NotFound(JobIds.Unknown(jobId)) : TypedResults.Ok(status);
    }

    private static async Task<Results<Ok<CrawlStatus>, ProblemHttpResult>> CancelCrawl([Description(JobIdDescription)] string jobId, IGrainFactory grains)
    {
        if (!JobIds.IsValid(jobId)) return ApiProblems.BadRequest(JobIds.Invalid(jobId));
        var status = await grains.GetGrain<ICrawlJobGrain>(jobId).Cancel();
        return status is null ? ApiProblems.NotFound(JobIds.Unknown(jobId)) : TypedResults.Ok(status);
    }
}

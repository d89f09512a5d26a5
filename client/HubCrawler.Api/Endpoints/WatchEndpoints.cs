using System.ComponentModel;
using HubCrawler.Api.OpenApi;
using HubCrawler.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HubCrawler.Api.Endpoints;

/// <summary>Watches: alerts of new citing papers of a paper, by Atom feed and webhook. All behind the API key, since a
/// watch holds the user's webhook URL.</summary>
internal static class WatchEndpoints
{
    public const long MaxBodyBytes = 16 * 1024;
    private const string Tag = "Watches";
    private const string WatchIdDescription = "The watch id from the Location header of POST /api/watches (16 hex characters).";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/watches", CreateWatch)
            .WithName("CreateWatch")
            .WithTags(Tag)
            .WithSummary("Watch a paper for new citing papers")
            .WithDescription("Body `{paperId, every?, webhook?, secret?}`. Takes the paper's current citing papers as the baseline, then checks it every " +
                             "`every` (default 6h, at least the server's minimum, 1h by default) by revalidating its hub. Citing papers that appear are kept as " +
                             "events in the paper's Atom feed (/papers/{id}/feed.atom) and POSTed to `webhook` as JSON, retried with backoff and signed with " +
                             "HMAC-SHA256 of the body under `secret` (header X-HubCrawler-Signature: sha256=<hex>). Answers 201 with the watch and its URL in Location.")
            .Accepts<WatchBody>("application/json")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status502BadGateway)
            .RequiresWriteAccess();

        api.MapGet("/watches", ListWatches)
            .WithName("ListWatches")
            .WithTags(Tag)
            .WithSummary("All watches")
            .WithDescription("Every watch, oldest first, with its schedule, last check and webhook state.")
            .RequiresApiKey();

        api.MapGet("/watches/{watchId}", GetWatch)
            .WithName("GetWatch")
            .WithTags(Tag)
            .WithSummary("A watch")
            .WithDescription("The watch's schedule, last check (when, how many new citing papers, any error) and undelivered webhook events.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound)
            .RequiresApiKey();

        api.MapDelete("/watches/{watchId}", DeleteWatch)
            .WithName("DeleteWatch")
            .WithTags(Tag)
            .WithSummary("Stop a watch")
            .WithDescription("Unregisters the watch's reminder (no more checks or webhook calls) and forgets it; the paper's feed stays. Answers the watch as it was.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound)
            .RequiresWriteAccess();
    }

    private static async Task<Results<Created<WatchResponse>, ProblemHttpResult>> CreateWatch(HttpRequest request, IGrainFactory grains)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<WatchBody>(request, MaxBodyBytes, "watch", TooLarge,
            "{\"paperId\":\"...\",\"every\":\"6h\"}");
        if (body is null) return problem!;
        if (string.IsNullOrWhiteSpace(body.PaperId)) return ApiProblems.BadRequest("paperId is required.");
        var every = WatchPeriod.Default;
        if (body.Every is not null && !WatchPeriod.TryParse(body.Every, out every))
            return ApiProblems.BadRequest($"every '{body.Every}' is not a period: write it as 6h, 30m, 1d, 1h30m or PT6H.");

        var watchId = WatchIds.New();
        var result = await grains.GetGrain<IWatchGrain>(watchId).Create(new WatchRequest
        {
            PaperId = body.PaperId.Trim(),
            Every = every,
            Webhook = body.Webhook,
            Secret = body.Secret,
        });
        return result.Watch is { } watch
            ? TypedResults.Created($"/api/watches/{watchId}", watch.ToResponse())
            : ApiProblems.ForLookup(result.Error, result.Message);
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem($"The watch request is larger than {MaxBodyBytes / 1024} KiB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");

    private static async Task<Ok<WatchList>> ListWatches(IGrainFactory grains)
    {
        var ids = await grains.GetGrain<IWatchRegistryGrain>(0).List();
        var watches = await Task.WhenAll(ids.Select(id => grains.GetGrain<IWatchGrain>(id).Get()));
        return TypedResults.Ok(new WatchList(watches.OfType<WatchInfo>().Select(ContractMapping.ToResponse).ToList()));
    }

    private static async Task<Results<Ok<WatchResponse>, ProblemHttpResult>> GetWatch([Description(WatchIdDescription)] string watchId, IGrainFactory grains)
    {
        if (!WatchIds.IsValid(watchId)) return ApiProblems.BadRequest(WatchIds.Invalid(watchId));
        var watch = await grains.GetGrain<IWatchGrain>(watchId).Get();
        return watch is null ? ApiProblems.NotFound(WatchIds.Unknown(watchId)) : TypedResults.Ok(watch.ToResponse());
    }

    private static async Task<Results<Ok<WatchResponse>, ProblemHttpResult>> DeleteWatch([Description(WatchIdDescription)] string watchId, IGrainFactory grains)
    {
        if (!WatchIds.IsValid(watchId)) return ApiProblems.BadRequest(WatchIds.Invalid(watchId));
        var watch = await grains.GetGrain<IWatchGrain>(watchId).Delete();
        return watch is null ? ApiProblems.NotFound(WatchIds.Unknown(watchId)) : TypedResults.Ok(watch.ToResponse());
    }
}

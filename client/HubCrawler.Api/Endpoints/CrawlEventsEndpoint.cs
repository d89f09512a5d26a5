using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HubCrawler.Api.OpenApi;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HubCrawler.Api.Endpoints;

/// <summary><c>GET /api/crawls/{jobId}/events</c>: a crawl's progress as server-sent events. A <c>status</c> event carries
/// the job's status whenever it changed, a <c>done</c> event the final one, and then the stream ends. Each event's id is a
/// digest of its status, so a client that reconnects with <c>Last-Event-ID</c> (browsers do it by themselves) is sent
/// nothing it already has. While the cluster does not answer (a silo restarting behind a front end) the stream stays open
/// with comments and carries on when the job answers again; when the process itself goes, the client reconnects.</summary>
internal static class CrawlEventsEndpoint
{
    public const string StatusEvent = "status";
    public const string DoneEvent = "done";
    /// <summary>How often the job is asked; an event goes out only when its answer changed.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    private const int ReconnectMilliseconds = 1000;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/crawls/{jobId}/events", Stream)
            .WithName("WatchCrawl")
            .WithTags("Crawls")
            .WithSummary("A crawl's progress as a stream")
            .WithDescription("Server-sent events (text/event-stream): `status` with the crawl's status (as GET /api/crawls/{jobId}) whenever it changed, " +
                             "then `done` with the final status, and the stream ends. Event ids are digests of the status: reconnect with Last-Event-ID " +
                             "and only what changed since is sent. While the cluster does not answer, comments keep the stream open.")
            .Produces<CrawlStatus>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Stream(
        [Description("The job id from the Location header of POST /api/crawls (16 hex characters).")] string jobId,
        HttpContext http, IGrainFactory grains, IOptions<JsonOptions> json, IHostApplicationLifetime lifetime, ILoggerFactory loggers)
    {
        if (!JobIds.IsValid(jobId)) return ApiProblems.BadRequest(JobIds.Invalid(jobId));
        var job = grains.GetGrain<ICrawlJobGrain>(jobId);
        var status = await job.GetStatus();
        if (status is null) return ApiProblems.NotFound(JobIds.Unknown(jobId));

        // Ends when the client goes or the host stops (an open stream must not hold the shutdown up).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var last = http.Request.Headers["Last-Event-ID"].ToString();
        var logger = loggers.CreateLogger(typeof(CrawlEventsEndpoint));
        try
        {
            await Write(response, $"retry: {ReconnectMilliseconds}\n\n", stop.Token);
            var quietSince = DateTimeOffset.UtcNow;
            while (true)
            {
                if (status is not null)
                {
                    var data = JsonSerializer.Serialize(status, json.Value.SerializerOptions);
                    var id = Digest(data);
                    // The final event goes out even to a client that has it: that is how it learns the crawl is over.
                    if (status.Done)
                    {
                        await Write(response, $"id: {id}\nevent: {DoneEvent}\ndata: {data}\n\n", stop.Token);
                        return Results.Empty;
                    }
                    if (id != last)
                    {
                        await Write(response, $"id: {id}\nevent: {StatusEvent}\ndata: {data}\n\n", stop.Token);
                        last = id;
                        quietSince = DateTimeOffset.UtcNow;
                    }
                }
                if (DateTimeOffset.UtcNow - quietSince >= KeepAlive)
                {
                    await Write(response, ": keep-alive\n\n", stop.Token);
                    quietSince = DateTimeOffset.UtcNow;
                }
                await Task.Delay(Interval, stop.Token);
                try
                {
                    status = await job.GetStatus().WaitAsync(stop.Token);
                }
                catch (Exception e) when (!stop.IsCancellationRequested)
                {
                    logger.EventsClusterSilent(jobId, e.Message);
                    await Write(response, ": the cluster did not answer; asking again\n\n", stop.Token);
                    status = null;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return Results.Empty;
        }
    }

    private static async Task Write(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private static string Digest(string data) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data)))[..16];
}

using HubCrawler.Abstractions;
using HubCrawler.Api.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace HubCrawler.Api.Endpoints;

/// <summary>Liveness (<c>/health</c>: the process serves HTTP) and readiness (<c>/ready</c>: the cluster answers a grain call).</summary>
internal static class HealthEndpoints
{
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(5);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", () => Results.Ok(new ServiceStatus("ok")))
            .WithName("Health")
            .WithTags("Operations")
            .WithSummary("Liveness")
            .WithDescription("200 while the process serves HTTP; it asks nothing of the cluster.")
            .Produces<ServiceStatus>();

        endpoints.MapGet("/ready", Ready)
            .WithName("Ready")
            .WithTags("Operations")
            .WithSummary("Readiness")
            .WithDescription($"200 when the Orleans cluster answers a grain call (the crawl registry) within {ReadinessTimeout.TotalSeconds:0} s, else a 503 problem.")
            .Produces<ServiceStatus>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> Ready(IGrainFactory grains, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<ICrawlRegistryGrain>(0).Recent(0).WaitAsync(ReadinessTimeout, cancellationToken);
            return Results.Ok(new ServiceStatus("ready"));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            loggers.CreateLogger(typeof(HealthEndpoints)).LogWarning(e, "Readiness check failed");
            return Results.Problem($"The cluster did not answer a grain call: {e.GetType().Name}: {e.Message}",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready");
        }
    }
}

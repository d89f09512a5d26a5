using HubCrawler.Api.Health;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace HubCrawler.Api.Endpoints;

/// <summary>Liveness (<c>/health</c>: the process serves HTTP) and readiness (<c>/ready</c>: the registered <see cref="IHealthCheck"/>s:
/// the cluster, the storage account where the host has one, and each enabled source's pause or spent budget on a silo).</summary>
internal static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", () => TypedResults.Ok(new ServiceStatus("ok")))
            .WithName("Health")
            .WithTags("Operations")
            .WithSummary("Liveness")
            .WithDescription("200 while the process serves HTTP; it asks nothing of the cluster.");

        endpoints.MapGet("/ready", Ready)
            .WithName("Ready")
            .WithTags("Operations")
            .WithSummary("Readiness")
            .WithDescription($"200 \"ready\" when every check is healthy (the cluster answers a grain call within {ClusterReadinessCheck.Timeout.TotalSeconds:0} s, " +
                             "the storage account answers), 200 \"degraded\" when one says why work is slow (a source paused until a time, its budget spent), " +
                             "else a 503 problem. Each check is listed with what it saw.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Results<Ok<ServiceStatus>, ProblemHttpResult>> Ready(HealthCheckService health, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        var checks = report.Entries.Select(e => new ReadinessEntry(e.Key, Word(e.Value.Status), e.Value.Description)).ToList();
        if (report.Status != HealthStatus.Unhealthy)
            return TypedResults.Ok(new ServiceStatus(report.Status == HealthStatus.Healthy ? "ready" : "degraded", checks));
        var failed = report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => e.Value.Description ?? e.Key).ToList();
        loggers.CreateLogger(typeof(HealthEndpoints)).NotReady(string.Join("; ", failed));
        return TypedResults.Problem(string.Join(" ", failed), statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready",
            extensions: new Dictionary<string, object?> { ["checks"] = checks });
    }

    private static string Word(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}

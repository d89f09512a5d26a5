using System.Threading.RateLimiting;
using HubCrawler.Api.OpenApi;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace HubCrawler.Api.Security;

/// <summary>Rate limits per client address (reads and writes apart) and the write guard.</summary>
public static class ApiSecurity
{
    public const string WritePolicy = "writes";

    public static IServiceCollection AddHubCrawlerSecurity(this IServiceCollection services)
    {
        services.AddOptions<ApiAccessOptions>().BindConfiguration(ApiAccessOptions.Section);
        services.AddSingleton<ApiKeyFilter>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var access = http.RequestServices.GetRequiredService<IOptions<ApiAccessOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => PerMinute(access.ReadsPerMinute));
            });
            limiter.AddPolicy(WritePolicy, http =>
            {
                var access = http.RequestServices.GetRequiredService<IOptions<ApiAccessOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => PerMinute(access.WritesPerMinute));
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await Results.Problem($"Too many requests from this client; try again in {Math.Ceiling(retryAfter.TotalSeconds)} s.",
                    statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests").ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    /// <summary>Applies the rate limits; call before the endpoints are mapped. (The crawl endpoint bounds its own body.)</summary>
    public static WebApplication UseHubCrawlerSecurity(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Marks an endpoint as one that changes things: API key (or loopback) and the write rate limit.</summary>
    public static RouteHandlerBuilder RequiresWriteAccess(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter<ApiKeyFilter>().RequireRateLimiting(WritePolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AddOpenApiOperationTransformer(RequireKeyInDocument);

    /// <summary>Marks a read that shows what only the key holder should see (watches hold webhook URLs): API key (or loopback),
    /// the read rate limit.</summary>
    public static RouteHandlerBuilder RequiresApiKey(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter<ApiKeyFilter>().ProducesProblem(StatusCodes.Status401Unauthorized)
            .AddOpenApiOperationTransformer(RequireKeyInDocument);

    private static Task RequireKeyInDocument(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ApiKeyDocumentation.Require(operation, context.Document);
        return Task.CompletedTask;
    }

    private static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}

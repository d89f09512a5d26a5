using HubCrawler.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Dashboard;

namespace HubCrawler.Hosting.Operations;

/// <summary>What both hosts (the silo and the API front end) do to be observable: OpenTelemetry metrics (the Orleans
/// meter and HubCrawler's), traces when asked for, OTLP export when configured, trace ids in the logs, and the
/// operator's endpoints (Prometheus scrape, Orleans Dashboard), each behind the operations key.</summary>
public static class OperationsHosting
{
    /// <summary>Registers the telemetry; call before <c>UseOrleans</c>/<c>UseOrleansClient</c>, and pass the answer to
    /// <see cref="AddHubCrawlerOperations(ISiloBuilder, OperationsOptions)"/> or its client twin.</summary>
    public static OperationsOptions AddHubCrawlerTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        var section = builder.Configuration.GetSection(OperationsOptions.Section);
        var options = section.Get<OperationsOptions>() ?? new OperationsOptions();
        builder.Services.Configure<OperationsOptions>(section);
        // Every log line written inside a request, a grain call or a source request carries its trace and span ids.
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddSimpleConsole(console => console.IncludeScopes = true);

        if (options.OtlpEndpoint is { Length: > 0 } endpoint) builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint;
        var otlp = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 };
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: Environment.MachineName + "-" + Environment.ProcessId))
            .WithMetrics(metrics =>
            {
                // "System.Runtime": the runtime's own meter (CPU time, GC collections, pauses and allocated bytes, JIT).
                metrics.AddMeter(TelemetryNames.Meter, TelemetryNames.OrleansMeter, "System.Runtime").AddAspNetCoreInstrumentation();
                if (options.Prometheus) metrics.AddPrometheusExporter();
            });
        // Traces only when someone reads them: a crawl makes a span per grain call.
        if (options.Tracing || otlp)
            telemetry.WithTracing(tracing => tracing
                .AddSource(TelemetryNames.ActivitySource)
                .AddSource(TelemetryNames.OrleansActivitySources)
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = http => !IsOperations(http.Request.Path, options)));
        if (otlp) telemetry.UseOtlpExporter();
        return options;
    }

    /// <summary>Grain calls carry the trace on; the dashboard's grains and profiler when it is on.</summary>
    public static ISiloBuilder AddHubCrawlerOperations(this ISiloBuilder silo, OperationsOptions options)
    {
        silo.AddActivityPropagation();
        if (options.Dashboard) silo.AddDashboard();
        return silo;
    }

    public static IClientBuilder AddHubCrawlerOperations(this IClientBuilder client, OperationsOptions options)
    {
        client.AddActivityPropagation();
        if (options.Dashboard) client.AddDashboard();
        return client;
    }

    /// <summary>Maps the Prometheus scrape endpoint and the dashboard (when on), both behind the operations key.</summary>
    public static WebApplication MapHubCrawlerOperations(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<OperationsOptions>>().Value;
        if (options.Prometheus) app.MapPrometheusScrapingEndpoint(options.MetricsPath).RequireOperationsKey(app.Configuration);
        if (options.Dashboard) app.MapOrleansDashboard(options.DashboardPath).RequireOperationsKey(app.Configuration);
        return app;
    }

    private static bool IsOperations(PathString path, OperationsOptions options) =>
        path.StartsWithSegments(options.MetricsPath) || path.StartsWithSegments(options.DashboardPath) || path.StartsWithSegments("/health");
}

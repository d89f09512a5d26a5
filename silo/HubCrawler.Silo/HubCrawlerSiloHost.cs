using Azure.Storage.Blobs;
using HubCrawler.Api;
using HubCrawler.Hosting.Operations;
using HubCrawler.Sources;
using HubCrawler.Sources.Fetching;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HubCrawler.Silo;

/// <summary>The single-machine host: an Orleans silo with the HTTP API in the same process, observable through
/// OpenTelemetry (Prometheus, OTLP), the Orleans Dashboard when enabled, and readiness checks for the cluster,
/// the storage account and each enabled source.</summary>
public static class HubCrawlerSiloHost
{
    public const string ServiceName = "hubcrawler-silo";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var operations = builder.AddHubCrawlerTelemetry(ServiceName);
        builder.UseOrleans(silo => silo.ConfigureHubCrawlerSilo(builder.Configuration).AddHubCrawlerOperations(operations));
        builder.Services.AddHubCrawlerApi();
        AddReadinessChecks(builder);
        var app = builder.Build();
        app.UseHubCrawlerApi();
        app.MapHubCrawlerOperations();
        return app;
    }

    private static void AddReadinessChecks(WebApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks();
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider.Equals("AzureBlob", StringComparison.OrdinalIgnoreCase))
            checks.Add(new HealthCheckRegistration("storage",
                services => new StorageReadinessCheck(services.GetRequiredService<BlobServiceClient>(), storage.Container), HealthStatus.Unhealthy, null));
        var sources = builder.Configuration.GetSection(SourcesOptions.Section).Get<SourcesOptions>() ?? new SourcesOptions();
        foreach (var source in sources.EnabledNames())
            checks.Add(new HealthCheckRegistration("source:" + source,
                services => new SourceReadinessCheck(source, services.GetRequiredService<PaperSources>(), services.GetRequiredService<FetchPipeline>(), services.GetRequiredService<TimeProvider>()),
                HealthStatus.Degraded, null));
    }
}

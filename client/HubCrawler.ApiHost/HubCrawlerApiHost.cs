using Azure.Data.Tables;
using HubCrawler.Api;
using HubCrawler.Hosting;
using HubCrawler.Hosting.Operations;
using Microsoft.Extensions.Configuration.Memory;
using Orleans.Configuration;

namespace HubCrawler.ApiHost;

/// <summary>The API front end: the same endpoints and pages as the silo host, served by an Orleans
/// client connected to a cluster's gateway. Configured from the environment (Orleans__GatewayPort),
/// the command line (--Orleans:GatewayPort=30000) or an appsettings.json beside it, over the defaults below.</summary>
public static class HubCrawlerApiHost
{
    public const string ServiceName = "hubcrawler-api";

    /// <summary>The lowest-precedence settings. They live in code rather than in an appsettings.json so that
    /// projects referencing this one (the tests, beside the silo's appsettings.json) do not inherit a second file.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Defaults = new Dictionary<string, string?>
    {
        ["Urls"] = "http://127.0.0.1:5081",
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Orleans"] = "Warning",
    };

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
        configure?.Invoke(builder);
        var operations = builder.AddHubCrawlerTelemetry(ServiceName);
        var options = builder.Configuration.GetSection(ClusterClientOptions.Section).Get<ClusterClientOptions>() ?? new ClusterClientOptions();
        builder.UseOrleansClient(client =>
        {
            if (options.Membership.Equals("AzureTable", StringComparison.OrdinalIgnoreCase))
            {
                // Orleans:StorageConnectionString, when set, wins; else the Storage section (service URIs or connection string) as the silo reads it.
                var membershipTable = options.StorageConnectionString is { Length: > 0 } connection
                    ? new TableServiceClient(connection)
                    : StorageClients.From(builder.Configuration).CreateTableServiceClient($"{ClusterClientOptions.Section}:Membership=AzureTable");
                client.Configure<ClusterOptions>(cluster =>
                {
                    cluster.ClusterId = options.ClusterId;
                    cluster.ServiceId = options.ServiceId;
                });
                client.UseAzureStorageClustering(table => table.TableServiceClient = membershipTable);
            }
            else
            {
                client.UseLocalhostClustering(options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
            }
            client.Configure<ClientMessagingOptions>(messaging => messaging.ResponseTimeout = options.ResponseTimeout);
            client.UseConnectionRetryFilter(async (exception, cancellationToken) =>
            {
                // A front end may start before the cluster; it keeps trying and serves once connected.
                await Task.Delay(options.ConnectRetryDelay, cancellationToken);
                return true;
            });
            client.AddHubCrawlerOperations(operations);
        });
        builder.Services.AddHubCrawlerApi();
        var app = builder.Build();
        app.UseHubCrawlerApi();
        app.MapHubCrawlerOperations();
        return app;
    }
}

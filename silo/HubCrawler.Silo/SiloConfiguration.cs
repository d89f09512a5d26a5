using System.Net;
using HubCrawler.Grains;
using HubCrawler.Grains.Citations;
using HubCrawler.Grains.Crawling;
using HubCrawler.Hosting;
using HubCrawler.Sources.Caching;
using Orleans.Configuration;
using Orleans.Storage;

namespace HubCrawler.Silo;

/// <summary>Turns configuration into a silo: clustering, grain storage, HubCrawler's services.</summary>
public static class SiloConfiguration
{
    public static ISiloBuilder ConfigureHubCrawlerSilo(this ISiloBuilder silo, IConfiguration configuration)
    {
        var options = configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        switch (options.Membership.ToLowerInvariant())
        {
            case "localhost":
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
                break;
            case "azuretable":
                var membershipTable = StorageClients.From(configuration).CreateTableServiceClient($"{SiloOptions.Section}:Membership=AzureTable");
                silo.Configure<ClusterOptions>(cluster =>
                {
                    cluster.ClusterId = options.ClusterId;
                    cluster.ServiceId = options.ServiceId;
                });
                silo.ConfigureEndpoints(
                    options.AdvertisedIPAddress is { } address ? IPAddress.Parse(address) : IPAddress.Loopback,
                    options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: options.AdvertisedIPAddress is not null);
                silo.UseAzureStorageClustering(table => table.TableServiceClient = membershipTable);
                silo.Configure<ClusterMembershipOptions>(membership =>
                {
                    membership.IAmAliveTablePublishTimeout = options.IAmAlivePeriod;
                    membership.NumMissedTableIAmAliveLimit = 2;
                });
                break;
            default:
                throw new InvalidOperationException($"{SiloOptions.Section}:Membership '{options.Membership}' is not known; use Localhost or AzureTable.");
        }
        silo.Configure<SiloMessagingOptions>(messaging => messaging.ResponseTimeout = options.ResponseTimeout);
        silo.AddHubCrawlerStorage(configuration);
        silo.AddHubCrawlerGrains(configuration);
        return silo;
    }

    public static ISiloBuilder AddHubCrawlerStorage(this ISiloBuilder silo, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        switch (storage.Provider.ToLowerInvariant())
        {
            case "memory":
                silo.AddHubCrawlerMemoryStorage();
                break;
            case "azureblob":
                var blobs = StorageClients.From(configuration).CreateBlobServiceClient($"{StorageOptions.Section}:Provider=AzureBlob");
                silo.AddAzureBlobGrainStorage(HubCrawlerStorage.BlobProviderName, blob =>
                {
                    blob.BlobServiceClient = blobs;
                    blob.ContainerName = storage.Container;
                });
                // Grains use the blob provider through a bound on operations in flight (back-pressure on activations).
                silo.Services.AddKeyedSingleton<IGrainStorage>(HubCrawlerStorage.Name, (services, _) =>
                    new BoundedGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(HubCrawlerStorage.BlobProviderName), storage.MaxConcurrentOperations));
                // The document cache and long citation lists live beside the grain state.
                // Watches' schedules in the same account's tables, so they survive restarts like the grain state.
                var reminderTables = StorageClients.From(configuration).CreateTableServiceClient($"{StorageOptions.Section}:Provider=AzureBlob (reminders)");
                silo.UseAzureTableReminderService(reminders => reminders.TableServiceClient = reminderTables);
                silo.Services.AddSingleton(blobs);
                silo.Services.AddSingleton<IDocumentCache, BlobDocumentCache>();
                silo.Services.AddSingleton<ICitationStore, BlobCitationStore>();
                silo.Services.AddSingleton<IFrontierLog, BlobFrontierLog>();
                silo.Services.AddHostedService<CacheEvictionService>();
                break;
            default:
                throw new InvalidOperationException($"{StorageOptions.Section}:Provider '{storage.Provider}' is not known; use AzureBlob or Memory.");
        }
        return silo;
    }
}

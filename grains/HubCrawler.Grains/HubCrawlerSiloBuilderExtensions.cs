using HubCrawler.Grains.Citations;
using HubCrawler.Grains.Crawling;
using HubCrawler.Grains.Watching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace HubCrawler.Grains;

/// <summary>Registers HubCrawler's grains' services on a silo. Storage and clustering are the host's choice.</summary>
public static class HubCrawlerSiloBuilderExtensions
{
    public static ISiloBuilder AddHubCrawlerGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.AddHubCrawlerGrainServices(configuration);
        // The default directory is eventually consistent: after a silo dies, a grain whose directory entry lived there can
        // get a second activation beside the first for a while. Two activations of one frontier partition would each
        // admit papers the other never sees, so the crawl uses the directory that keeps one activation a grain.
#pragma warning disable ORLEANSEXP003 // experimental in Orleans 10; the strongly consistent directory is the one without duplicates
        silo.AddDistributedGrainDirectory();
#pragma warning restore ORLEANSEXP003
        // Orleans refuses reminder periods under a minute by default; a watch's own minimum is the bound that matters.
        var watches = configuration.GetSection(WatchOptions.Section).Get<WatchOptions>() ?? new WatchOptions();
        silo.Configure<ReminderOptions>(reminders =>
        {
            if (watches.MinimumEvery < reminders.MinimumReminderPeriod) reminders.MinimumReminderPeriod = watches.MinimumEvery;
        });
        return silo;
    }

    /// <summary>Grain state in memory (one silo's tests, benchmarks, throwaway runs), kept in Orleans'
    /// binary serialization rather than the default JSON: it is the same copy semantics at a fraction of the cost.</summary>
    public static ISiloBuilder AddHubCrawlerMemoryStorage(this ISiloBuilder silo)
    {
        silo.AddMemoryGrainStorage(HubCrawlerStorage.MemoryProviderName);
        // Watches' schedules, kept as long as the silo lives (as the grain state is).
        silo.UseInMemoryReminderService();
        silo.Services.AddOptions<MemoryGrainStorageOptions>(HubCrawlerStorage.MemoryProviderName)
            .Configure<Serializer>((options, serializer) => options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        // Through the same wrapper as blob storage (unbounded here), so storage operations are counted and timed alike.
        silo.Services.AddKeyedSingleton<IGrainStorage>(HubCrawlerStorage.Name, (services, _) =>
            new BoundedGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(HubCrawlerStorage.MemoryProviderName), int.MaxValue));
        return silo;
    }

    public static IServiceCollection AddHubCrawlerGrainServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CrawlOptions>(configuration.GetSection(CrawlOptions.Section));
        services.Configure<CitationStoreOptions>(configuration.GetSection(CitationStoreOptions.Section));
        services.Configure<Search.SearchOptions>(configuration.GetSection(Search.SearchOptions.Section));
        services.Configure<WatchOptions>(configuration.GetSection(WatchOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton<TimeProvider>(HubClock.Key, (provider, _) => provider.GetRequiredService<TimeProvider>());
        services.AddHubCrawlerSources(configuration);
        // Webhook calls go to the user's own host, never through the sources' pipeline; redirects are not followed.
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.TryAddSingleton<WebhookSender>();
        // Memory store unless the host registered the Azure Blob one first.
        services.TryAddSingleton<ICitationStore, MemoryCitationStore>();
        // One per paper grain activation: it remembers the long lists that activation read.
        services.AddTransient<EdgeListStore>();
        services.TryAddSingleton<IFrontierLog, MemoryFrontierLog>();
        services.AddHostedService<ClusterFetchCoordinator>();
        services.AddHostedService<CrawlResumer>();
        return services;
    }
}

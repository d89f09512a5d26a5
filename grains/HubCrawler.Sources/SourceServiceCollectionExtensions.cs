using HubCrawler.Sources.Caching;
using HubCrawler.Sources.Hubs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HubCrawler.Sources;

/// <summary>Registers the sources, the fetch pipeline and the document cache.</summary>
public static class SourceServiceCollectionExtensions
{
    /// <summary>Each source is a keyed <see cref="IPaperSource"/> (keyed by its name in <c>Sources:Enabled</c>); only the
    /// enabled ones are ever built. The options are checked when the host starts (<see cref="SourcesOptionsValidator"/>),
    /// and the fetch pipeline is built with the enabled sources' hosts as its allow-list, so a wrong setting stops the
    /// start instead of failing the first paper, and every host's limits exist before the first request.</summary>
    public static IServiceCollection AddHubCrawlerSources(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(EnabledSources))) return services;
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<FetchOptions>(configuration.GetSection(FetchOptions.Section));
        services.Configure<CacheOptions>(configuration.GetSection(CacheOptions.Section));
        services.AddOptions<SourcesOptions>().Bind(configuration.GetSection(SourcesOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>());

        services.AddSource<SemanticScholarOptions, SemanticScholarSource>(configuration, FieldPrecedence.SemanticScholar, SemanticScholarOptions.Section);
        services.AddSource<OpenAlexOptions, OpenAlexSource>(configuration, FieldPrecedence.OpenAlex, OpenAlexOptions.Section);
        services.AddSource<ArxivOptions, ArxivSource>(configuration, FieldPrecedence.Arxiv, ArxivOptions.Section);
        services.AddSource<HubPageOptions, HubPageSource>(configuration, FieldPrecedence.Hub, HubPageOptions.Section);
        services.AddSource<OpenCitationsOptions, OpenCitationsSource>(configuration, FieldPrecedence.OpenCitations, OpenCitationsOptions.Section);
        // One batcher per silo: every paper grain's Semantic Scholar metadata read goes into its batches.
        services.TryAddSingleton<SemanticScholarBatcher>();

        services.TryAddSingleton<EnabledSources>();
        services.AddHttpClient(SourceHttpClient.Name)
            .ConfigurePrimaryHttpMessageHandler(SourceHttpClient.PrimaryHandler)
            // The pipeline holds its client for the silo's life; the handler renews its own connections.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // A log line per request would drown the crawl's own; the pipeline logs pauses, the metrics count requests.
            .RemoveAllLoggers();
        services.TryAddSingleton(provider =>
        {
            var pipeline = ActivatorUtilities.CreateInstance<FetchPipeline>(provider);
            foreach (var endpoint in provider.GetRequiredService<EnabledSources>().Endpoints) pipeline.RegisterHost(endpoint);
            return pipeline;
        });
        // Memory cache unless the host registered the Azure Blob one first.
        services.TryAddSingleton<IDocumentCache, MemoryDocumentCache>();
        services.TryAddSingleton<CachingFetcher>();
        services.TryAddSingleton<PaperSources>();
        services.TryAddSingleton<SourceRates>();
        return services;
    }

    private static void AddSource<TOptions, TSource>(this IServiceCollection services, IConfiguration configuration, string name, string section)
        where TOptions : class, ISourceEndpointOptions
        where TSource : class, IPaperSource
    {
        services.Configure<TOptions>(configuration.GetSection(section));
        services.AddSingleton(new SourceDefinition(name, section, provider => provider.GetRequiredService<IOptions<TOptions>>().Value));
        services.TryAddSingleton<TSource>();
        services.TryAddKeyedSingleton<IPaperSource>(name, (provider, _) => provider.GetRequiredService<TSource>());
    }
}

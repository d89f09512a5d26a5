using HubCrawler.Grains;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>A simulator of the sources and an in-process Orleans cluster (memory storage) crawling it.
/// One per test collection.</summary>
public abstract class CrawlerCluster(SyntheticGraphOptions graph, IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    public SimulatorServer Simulator { get; private set; } = null!;
    public InProcessTestCluster Cluster { get; private set; } = null!;
    public IGrainFactory Grains => Cluster.Client;

    /// <summary>A service of the (only) silo: the test and the silo share instances.</summary>
    public T SiloService<T>() where T : notnull => Cluster.Silos[0].ServiceProvider.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        Simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(graph));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(CrawlerSettings.For(Simulator.SemanticScholarBaseUrl))
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .AddInMemoryCollection(SourceSettings(Simulator))
            .Build();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddHubCrawlerMemoryStorage();
            silo.AddHubCrawlerGrains(configuration);
            ConfigureSilo(silo);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>The state a grain last wrote to the HubCrawler storage, or null if it wrote none. Read behind the
    /// wrapper that counts storage operations, so looking costs the tests' figures nothing.</summary>
    public async Task<T?> StoredState<T>(string grainType, string key, string stateName)
    {
        var storage = Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(HubCrawlerStorage.MemoryProviderName);
        var state = new GrainState<T>();
        await storage.ReadStateAsync(stateName, GrainId.Create(grainType, key), state);
        return state.RecordExists ? state.State : default;
    }

    /// <summary>Registers what a cluster adds to the HubCrawler services (after them, so its registrations win).</summary>
    protected virtual void ConfigureSilo(ISiloBuilder silo)
    {
    }

    /// <summary>Settings that need the simulator's address (which sources to use and where they are).</summary>
    protected virtual IReadOnlyDictionary<string, string?> SourceSettings(SimulatorServer simulator) => new Dictionary<string, string?>();

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}

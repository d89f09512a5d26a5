using HubCrawler.Grains;
using HubCrawler.Simulator;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>A simulator of the sources and an in-process Orleans cluster (memory storage) crawling it.
/// One per test collection.</summary>
public abstract class CrawlerCluster(SyntheticGraphOptions graph) : IAsyncLifetime
{
    public SimulatorServer Simulator { get; private set; } = null!;
    public InProcessTestCluster Cluster { get; private set; } = null!;
    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        Simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(graph));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(CrawlerSettings.For(Simulator.SemanticScholarBaseUrl)).Build();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(HubCrawlerStorage.Name);
            silo.AddHubCrawlerGrains(configuration);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}

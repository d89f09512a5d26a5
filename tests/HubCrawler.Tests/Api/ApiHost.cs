using HubCrawler.Simulator;
using HubCrawler.Tests.Infrastructure;

namespace HubCrawler.Tests.Api;

/// <summary>The simulator and the single-machine host with memory storage, for the HTTP API tests.</summary>
public sealed class ApiHost : IAsyncLifetime
{
    public SimulatorServer Simulator { get; private set; } = null!;
    public SiloHost Silo { get; private set; } = null!;
    public HttpClient Http => Silo.Http;

    public async Task InitializeAsync()
    {
        Simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 400, Seed = 21, HeavyPaperCitations = 0 }));
        Silo = await SiloHost.StartAsync(SiloHost.Settings(Simulator.SemanticScholarBaseUrl, "Memory"));
    }

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiHost>
{
    public const string Name = "http api";
}

using HubCrawler.Simulator;
using HubCrawler.Tests.Infrastructure;

namespace HubCrawler.Tests.Watches;

/// <summary>The simulator and the single-machine host (memory storage, no API key: loopback may write), with fast watches.</summary>
public sealed class WatchApiHost : IAsyncLifetime
{
    public SimulatorServer Simulator { get; private set; } = null!;
    public SiloHost Silo { get; private set; } = null!;
    public HttpClient Http => Silo.Http;
    public IGrainFactory Grains => (IGrainFactory)Silo.Services.GetService(typeof(IGrainFactory))!;
    private int _next = 10;

    public GrowingPaper Pick(int held) => GrowingPaper.Pick(Simulator, held, ref _next);

    public async Task InitializeAsync()
    {
        Simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 400, Seed = 47, HeavyPaperCitations = 0 }));
        var settings = SiloHost.Settings(Simulator.SemanticScholarBaseUrl, "Memory");
        foreach (var (key, value) in WatchSettings.Fast()) settings[key] = value;
        Silo = await SiloHost.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WatchApiCollection : ICollectionFixture<WatchApiHost>
{
    public const string Name = "watch api";
}

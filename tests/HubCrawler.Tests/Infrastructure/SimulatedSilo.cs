using Microsoft.AspNetCore.Builder;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>A simulator of the sources and the single-machine host (memory storage, real HTTP) in front of it, parameterised
/// by the graph and by settings on top of the defaults. The API test hosts derive from it, one per test collection.</summary>
public abstract class SimulatedSilo(SyntheticGraphOptions graph) : IAsyncLifetime
{
    public SimulatorServer Simulator { get; private set; } = null!;
    public SiloHost Silo { get; private set; } = null!;
    public HttpClient Http => Silo.Http;
    public SyntheticGraph Graph => Simulator.Graph;

    public async Task InitializeAsync()
    {
        Simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(graph));
        var settings = SiloHost.Settings(Simulator.SemanticScholarBaseUrl, "Memory");
        foreach (var (key, value) in ExtraSettings(Simulator)) settings[key] = value;
        Silo = await SiloHost.StartAsync(settings, Configure);
        await StartedAsync();
    }

    /// <summary>Settings over the defaults (those that need the simulator's address among them).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings(SimulatorServer simulator) => [];

    /// <summary>Runs on the host's builder before it is built.</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    /// <summary>Runs once the host serves, before any test (a crawl every test reads, say).</summary>
    protected virtual Task StartedAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}

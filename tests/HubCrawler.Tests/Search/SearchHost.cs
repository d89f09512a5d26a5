using HubCrawler.Simulator;
using HubCrawler.Tests.Infrastructure;

namespace HubCrawler.Tests.Search;

/// <summary>The simulator and the single-machine host with Semantic Scholar and OpenAlex enabled, for the search tests.</summary>
public sealed class SearchHost : IAsyncLifetime
{
    public SimulatorServer Simulator { get; private set; } = null!;
    public SiloHost Silo { get; private set; } = null!;
    public HttpClient Http => Silo.Http;
    public SyntheticGraph Graph => Simulator.Graph;

    public async Task InitializeAsync()
    {
        Simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 300, Seed = 31, HeavyPaperCitations = 0 }));
        Silo = await SiloHost.StartAsync(Settings(Simulator));
    }

    /// <summary>A host against <paramref name="simulator"/> with both searching sources enabled.</summary>
    public static Dictionary<string, string?> Settings(SimulatorServer simulator)
    {
        var settings = SiloHost.Settings(simulator.SemanticScholarBaseUrl, "Memory");
        foreach (var (key, value) in CrawlerSettings.Sources(simulator, "semanticscholar", "openalex")) settings[key] = value;
        return settings;
    }

    /// <summary>A paper whose title no other paper of the graph shares,.</summary>
    public SimPaper UniquelyTitled(int skip = 0) => Graph.Papers
        .Where(p => Graph.Papers.Count(o => string.Equals(o.Title, p.Title, StringComparison.OrdinalIgnoreCase)) == 1)
        .Skip(skip).First();

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SearchCollection : ICollectionFixture<SearchHost>
{
    public const string Name = "search";
}

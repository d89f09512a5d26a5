namespace HubCrawler.Tests.Search;

/// <summary>The simulator and the single-machine host with Semantic Scholar and OpenAlex enabled, for the search tests.</summary>
public sealed class SearchHost() : SimulatedSilo(new SyntheticGraphOptions { Papers = 300, Seed = 31, HeavyPaperCitations = 0 })
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings(SimulatorServer simulator) => Sources(simulator);

    /// <summary>A host against <paramref name="simulator"/> with both searching sources enabled.</summary>
    public static Dictionary<string, string?> Settings(SimulatorServer simulator)
    {
        var settings = SiloHost.Settings(simulator.SemanticScholarBaseUrl, "Memory");
        foreach (var (key, value) in Sources(simulator)) settings[key] = value;
        return settings;
    }

    private static Dictionary<string, string?> Sources(SimulatorServer simulator) => CrawlerSettings.Sources(simulator, "semanticscholar", "openalex");

    /// <summary>A paper whose title no other paper of the graph shares,.</summary>
    public SimPaper UniquelyTitled(int skip = 0) => Graph.Papers
        .Where(p => Graph.Papers.Count(o => string.Equals(o.Title, p.Title, StringComparison.OrdinalIgnoreCase)) == 1)
        .Skip(skip).First();
}

[CollectionDefinition(Name)]
public sealed class SearchCollection : ICollectionFixture<SearchHost>
{
    public const string Name = "search";
}

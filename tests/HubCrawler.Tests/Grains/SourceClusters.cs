namespace HubCrawler.Tests.Grains;

/// <summary>All four sources enabled, each pointed at the simulator's form of one graph.</summary>
public sealed class AllSourcesCluster() : CrawlerCluster(new SyntheticGraphOptions { Papers = 600, Seed = 23, HeavyPaperCitations = 0 })
{
    protected override IReadOnlyDictionary<string, string?> SourceSettings(SimulatorServer simulator) =>
        CrawlerSettings.Sources(simulator, "semanticscholar", "openalex", "arxiv", "hub");
}

[CollectionDefinition(Name)]
public sealed class AllSourcesCollection : ICollectionFixture<AllSourcesCluster>
{
    public const string Name = "all sources";
}

/// <summary>All four sources enabled, but OpenAlex points at a port where nothing listens.</summary>
public sealed class OpenAlexDownCluster() : CrawlerCluster(new SyntheticGraphOptions { Papers = 200, Seed = 29, HeavyPaperCitations = 0 })
{
    protected override IReadOnlyDictionary<string, string?> SourceSettings(SimulatorServer simulator)
    {
        var settings = CrawlerSettings.Sources(simulator, "semanticscholar", "openalex", "arxiv", "hub");
        settings["Sources:OpenAlex:BaseUrl"] = $"http://127.0.0.1:{FreePort.Next()}/openalex";
        return settings;
    }
}

[CollectionDefinition(Name)]
public sealed class OpenAlexDownCollection : ICollectionFixture<OpenAlexDownCluster>
{
    public const string Name = "openalex down";
}

/// <summary>Only the hub page source: a mirror of another deployment, following its pages' links.</summary>
public sealed class HubMirrorCluster() : CrawlerCluster(new SyntheticGraphOptions { Papers = 6000, Seed = 31, HeavyPaperCitations = 0 })
{
    protected override IReadOnlyDictionary<string, string?> SourceSettings(SimulatorServer simulator) =>
        CrawlerSettings.Sources(simulator, "hub");
}

[CollectionDefinition(Name)]
public sealed class HubMirrorCollection : ICollectionFixture<HubMirrorCluster>
{
    public const string Name = "hub mirror";
}

/// <summary>arXiv alone: it identifies papers by their arXiv id only, and its pages name a DOI that keys them.</summary>
public sealed class ArxivOnlyCluster() : CrawlerCluster(new SyntheticGraphOptions { Papers = 120, Seed = 37, HeavyPaperCitations = 0 })
{
    protected override IReadOnlyDictionary<string, string?> SourceSettings(SimulatorServer simulator) =>
        CrawlerSettings.Sources(simulator, "arxiv");
}

[CollectionDefinition(Name)]
public sealed class ArxivOnlyCollection : ICollectionFixture<ArxivOnlyCluster>
{
    public const string Name = "arxiv only";
}

/// <summary>OpenAlex and arXiv without Semantic Scholar.</summary>
public sealed class OpenAlexArxivCluster() : CrawlerCluster(new SyntheticGraphOptions { Papers = 200, Seed = 41, HeavyPaperCitations = 0 })
{
    protected override IReadOnlyDictionary<string, string?> SourceSettings(SimulatorServer simulator) =>
        CrawlerSettings.Sources(simulator, "openalex", "arxiv");
}

[CollectionDefinition(Name)]
public sealed class OpenAlexArxivCollection : ICollectionFixture<OpenAlexArxivCluster>
{
    public const string Name = "openalex and arxiv";
}

/// <summary>All four sources enabled, but Semantic Scholar points at a port where nothing listens.</summary>
public sealed class SemanticScholarDownCluster() : CrawlerCluster(new SyntheticGraphOptions { Papers = 150, Seed = 43, HeavyPaperCitations = 0 },
    new Dictionary<string, string?> { ["Sources:SemanticScholar:BaseUrl"] = $"http://127.0.0.1:{FreePort.Next()}/graph/v1", ["Fetch:MaxAttempts"] = "1" })
{
    protected override IReadOnlyDictionary<string, string?> SourceSettings(SimulatorServer simulator) =>
        CrawlerSettings.Sources(simulator, "semanticscholar", "openalex", "arxiv", "hub");
}

[CollectionDefinition(Name)]
public sealed class SemanticScholarDownCollection : ICollectionFixture<SemanticScholarDownCluster>
{
    public const string Name = "semantic scholar down";
}

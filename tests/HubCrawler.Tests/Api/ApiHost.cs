namespace HubCrawler.Tests.Api;

/// <summary>The simulator and the single-machine host with memory storage, for the HTTP API tests.</summary>
public sealed class ApiHost() : SimulatedSilo(new SyntheticGraphOptions { Papers = 400, Seed = 21, HeavyPaperCitations = 0 })
{
    /// <summary>Runs a depth-2 crawl and returns what its export must hold, from the simulated graph.</summary>
    public async Task<(string JobId, List<string> Papers, List<(string Source, string Target)> Edges)> CrawlAndExpect(SimPaper seed)
    {
        var jobId = await CrawlPolling.Run(Http, new { seeds = new[] { seed.PaperId }, depth = 2, maxPapers = 5000 }, TimeSpan.FromSeconds(60));
        var reachable = Graph.Reachable([seed.Index], 2);
        var papers = reachable.Select(i => Graph.Papers[i].PaperId).ToList();
        var edges = reachable
            .SelectMany(cited => Graph.CitationsOf(cited)
                .Where(c => c.CitingIndex is { } citer && citer != cited && reachable.Contains(citer))
                .Select(c => (Graph.Papers[c.CitingIndex!.Value].PaperId, Graph.Papers[cited].PaperId)))
            .Distinct()
            .ToList();
        return (jobId, papers, edges);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiHost>
{
    public const string Name = "http api";
}

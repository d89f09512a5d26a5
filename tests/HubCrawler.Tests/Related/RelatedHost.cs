namespace HubCrawler.Tests.Related;

/// <summary>A simulator and a single-machine host of their own (so no other test's lookups change which lists are held), with two
/// crawls done before the tests read: one along both directions (every paper's citations and references read) and one along
/// citations only (citations read, references not). The tests know from the simulator's graph which lists are held.</summary>
public sealed class RelatedHost() : SimulatedSilo(new SyntheticGraphOptions { Papers = 300, Seed = 33, HeavyPaperCitations = 0 })
{
    /// <summary>Seed of the crawl along both directions, depth 1.</summary>
    public SimPaper BothSeed { get; private set; } = null!;
    public string BothJob { get; private set; } = "";
    /// <summary>The papers of that crawl: each has its citations and its references held.</summary>
    public IReadOnlySet<int> BothPapers { get; private set; } = new HashSet<int>();

    /// <summary>Seed of the crawl along citations, depth 2.</summary>
    public SimPaper CitationsSeed { get; private set; } = null!;
    public string CitationsJob { get; private set; } = "";
    public IReadOnlySet<int> CitationsPapers { get; private set; } = new HashSet<int>();

    protected override async Task StartedAsync()
    {
        BothSeed = Graph.Papers
            .Where(p => Graph.CitedPapersOf(p.Index).Count >= 3 && Graph.Reachable([p.Index], 1, EdgeDirections.Both).Count <= 80)
            .OrderByDescending(p => Graph.CitationsOf(p.Index).Count(c => c.CitingIndex is not null))
            .ThenBy(p => p.Index)
            .First();
        BothPapers = Graph.Reachable([BothSeed.Index], 1, EdgeDirections.Both);
        CitationsSeed = Graph.Papers
            .Where(p => !BothPapers.Contains(p.Index))
            .Select(p => (Paper: p, Size: Graph.Reachable([p.Index], 2).Count))
            .Where(p => p.Size is >= 25 and <= 200)
            .OrderByDescending(p => p.Size).ThenBy(p => p.Paper.Index)
            .First().Paper;
        CitationsPapers = Graph.Reachable([CitationsSeed.Index], 2);

        BothJob = await Crawl(BothSeed, 1, "both");
        CitationsJob = await Crawl(CitationsSeed, 2, "citations");
    }

    /// <summary>True when HubCrawler holds the paper's references (the crawl along both directions visited it).</summary>
    public bool ReferencesHeld(int index) => BothPapers.Contains(index);

    /// <summary>True when HubCrawler holds the paper's citation list (any crawl visited it).</summary>
    public bool CitationsHeld(int index) => BothPapers.Contains(index) || CitationsPapers.Contains(index);

    private Task<string> Crawl(SimPaper seed, int depth, string direction) =>
        CrawlPolling.Run(Http, new { seeds = new[] { seed.PaperId }, depth, maxPapers = 5000, direction }, TimeSpan.FromSeconds(120));
}

[CollectionDefinition(Name)]
public sealed class RelatedCollection : ICollectionFixture<RelatedHost>
{
    public const string Name = "related papers";
}

using HubCrawler.Simulator;
using HubCrawler.Tests.Infrastructure;

namespace HubCrawler.Tests.Grains;

/// <summary>A 1,500-paper graph full of cycles, without the heavy paper, crawled by one cluster.</summary>
public sealed class CyclicCrawlCluster() : CrawlerCluster(new SyntheticGraphOptions
{
    Papers = 1500,
    Seed = 7,
    HeavyPaperCitations = 0,
    CycleRate = 0.1,
});

[CollectionDefinition(Name)]
public sealed class CyclicCrawlCollection : ICollectionFixture<CyclicCrawlCluster>
{
    public const string Name = "cyclic crawl";
}

/// <summary>A second graph and cluster for the other crawl job tests.</summary>
public sealed class CrawlJobCluster() : CrawlerCluster(new SyntheticGraphOptions
{
    Papers = 1500,
    Seed = 11,
    HeavyPaperCitations = 0,
});

[CollectionDefinition(Name)]
public sealed class CrawlJobCollection : ICollectionFixture<CrawlJobCluster>
{
    public const string Name = "crawl jobs";
}

/// <summary>A graph for lookups, with a heavily cited paper (2,000 citations; 20,000 is the cache issue's).</summary>
public sealed class LookupCluster() : CrawlerCluster(new SyntheticGraphOptions
{
    Papers = 800,
    Seed = 3,
    HeavyPaperCitations = 2000,
});

[CollectionDefinition(Name)]
public sealed class LookupCollection : ICollectionFixture<LookupCluster>
{
    public const string Name = "lookups";
}

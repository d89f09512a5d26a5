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

/// <summary>A graph for lookups, with a heavily cited paper (20,000 citations).</summary>
public sealed class LookupCluster() : CrawlerCluster(new SyntheticGraphOptions
{
    Papers = 800,
    Seed = 3,
    HeavyPaperCitations = 20_000,
});

[CollectionDefinition(Name)]
public sealed class LookupCollection : ICollectionFixture<LookupCluster>
{
    public const string Name = "lookups";
}

/// <summary>A 2,000-paper graph crawled by a cluster that revalidates every document on every visit
/// (hubs and cached documents never count as fresh), so a re-crawl shows what revalidation costs.</summary>
public sealed class RevalidatingCluster() : CrawlerCluster(
    new SyntheticGraphOptions { Papers = 2000, Seed = 17, HeavyPaperCitations = 0 },
    new Dictionary<string, string?>
    {
        ["Crawl:Freshness"] = "00:00:00",
        ["Sources:SemanticScholar:CacheTimeToLive"] = "00:00:00",
    });

[CollectionDefinition(Name)]
public sealed class RevalidatingCollection : ICollectionFixture<RevalidatingCluster>
{
    public const string Name = "revalidating";
}

/// <summary>Hubs go stale half a second after they were fetched (on the <see cref="HubClockCluster.HubClock"/> the tests
/// advance) and documents are always revalidated, to show stale-while-revalidate and outages.</summary>
public sealed class StaleHubCluster() : HubClockCluster(
    new SyntheticGraphOptions { Papers = 200, Seed = 23, HeavyPaperCitations = 0 },
    new Dictionary<string, string?>
    {
        ["Crawl:Freshness"] = "00:00:00.500",
        ["Sources:SemanticScholar:CacheTimeToLive"] = "00:00:00",
    });

[CollectionDefinition(Name)]
public sealed class StaleHubCollection : ICollectionFixture<StaleHubCluster>
{
    public const string Name = "stale hubs";
}

/// <summary>A small graph behind a misbehaving source, with a short request timeout so hangs cost little.</summary>
public sealed class FaultyCluster() : CrawlerCluster(
    new SyntheticGraphOptions { Papers = 300, Seed = 41, HeavyPaperCitations = 0 },
    new Dictionary<string, string?>
    {
        ["Fetch:RequestTimeout"] = "00:00:01",
        ["Fetch:MaxAttempts"] = "5",
        ["Fetch:BackoffBase"] = "00:00:00.050",
    });

// It checks that nothing reaches the source within a 429's Retry-After, with 300 ms of grace for requests already on
// their way: that holds only with the machine to itself.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultyCollection : ICollectionFixture<FaultyCluster>
{
    public const string Name = "faulty source";
}

/// <summary>A graph for references and both-direction crawls: cycles, a few unresolved references.</summary>
public sealed class ReferencesCluster() : CrawlerCluster(new SyntheticGraphOptions
{
    Papers = 1200,
    Seed = 19,
    HeavyPaperCitations = 0,
    CycleRate = 0.05,
    UnresolvedReferenceRate = 0.05,
});

[CollectionDefinition(Name)]
public sealed class ReferencesCollection : ICollectionFixture<ReferencesCluster>
{
    public const string Name = "references";
}

/// <summary>Lookups only, with a paper cited 300 times (several citation pages) and pages of 20 citations, so a
/// shifting list and a paging cap show within a small graph.</summary>
public sealed class ListCountCluster() : CrawlerCluster(new SyntheticGraphOptions { Papers = 300, Seed = 47, HeavyPaperCitations = 300 },
    new Dictionary<string, string?> { ["Sources:SemanticScholar:PageSize"] = "20" });

[CollectionDefinition(Name)]
public sealed class ListCountCollection : ICollectionFixture<ListCountCluster>
{
    public const string Name = "list counts";
}

namespace HubCrawler.Abstractions;

/// <summary>The role and polarity summary of a paper's citations.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.HubSummary")]
public sealed record HubSummary
{
    [Id(0)] public int TotalCitations { get; init; }
    /// <summary>Citations with a role other than unclassified; the role shares are over these.</summary>
    [Id(1)] public int ClassifiedCitations { get; init; }
    /// <summary>"Predominantly {role}", "Mixed", or "Unclassified" when no citation has a role.</summary>
    [Id(2)] public required string BehaviourLabel { get; init; }
    /// <summary>e.g. "Mixed citation behavior. Most common role is background (69%)".</summary>
    [Id(3)] public required string Headline { get; init; }
    /// <summary>Background, method, comparison (shares sum to 1 over classified citations), then unclassified (share of all).</summary>
    [Id(4)] public IReadOnlyList<RoleShare> Roles { get; init; } = [];
    /// <summary>Per-intent counts as the source gave them; a citation with two intents counts under both.</summary>
    [Id(5)] public IReadOnlyDictionary<string, int> IntentCounts { get; init; } = new Dictionary<string, int>();
    [Id(6)] public IReadOnlyList<PolarityShare> Polarity { get; init; } = [];
    [Id(7)] public IReadOnlyList<RepresentativeCitation> Representatives { get; init; } = [];
    /// <summary>Citations whose citing paper the source could not resolve (kept, counted, not crawled).</summary>
    [Id(8)] public int UnresolvedCitingPapers { get; init; }
    [Id(9)] public int InfluentialCitations { get; init; }
    /// <summary>Role shares with the context classifier's part corrected for its measured confusion, with intervals; null before any citation has a role.</summary>
    [Id(10)] public EstimatedShares? RoleEstimate { get; init; }
    /// <summary>Polarity shares likewise (no source gives polarity today, so these are all the model's).</summary>
    [Id(11)] public EstimatedShares? PolarityEstimate { get; init; }
}

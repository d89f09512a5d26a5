namespace HubCrawler.Grains;

/// <summary>The canonical paper an alias was found to name.</summary>
[GenerateSerializer, Alias("hubcrawler.AliasState")]
public sealed class AliasState
{
    [Id(0)] public string? CanonicalId { get; set; }
    [Id(1)] public DateTimeOffset ResolvedAt { get; set; }
    /// <summary>The ids the identifying sources gave, handed to the paper on every lookup through this alias.</summary>
    [Id(2)] public Dictionary<string, string> Ids { get; set; } = [];
}

namespace HubCrawler.Abstractions;

/// <summary>What to watch: a paper, how often to check it for new citing papers, and where to announce them.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.WatchRequest")]
public sealed record WatchRequest
{
    /// <summary>The paper in any accepted id form; the watch keeps its canonical id.</summary>
    [Id(0)] public required string PaperId { get; init; }
    /// <summary>The time between two checks.</summary>
    [Id(1)] public TimeSpan Every { get; init; }
    /// <summary>An http(s) URL that is POSTed the new citations of each check that found some; null for the feed only.</summary>
    [Id(2)] public string? Webhook { get; init; }
    /// <summary>The shared secret the webhook's body is signed with (HMAC-SHA256); null sends it unsigned.</summary>
    [Id(3)] public string? Secret { get; init; }
}

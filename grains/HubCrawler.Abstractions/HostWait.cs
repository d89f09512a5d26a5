namespace HubCrawler.Abstractions;

/// <summary>A source host that asked the crawl to wait: papers waiting for it, until when, and why
/// ("429 without Retry-After", "Retry-After", "daily budget spent", ...).</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.HostWait")]
public sealed record HostWait
{
    [Id(0)] public required string Host { get; init; }
    [Id(1)] public DateTimeOffset Until { get; init; }
    [Id(2)] public string Reason { get; init; } = "";
    /// <summary>Papers of the crawl waiting for this host (in a status; 1 in a visit result).</summary>
    [Id(3)] public int Papers { get; init; } = 1;
}

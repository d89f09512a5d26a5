namespace HubCrawler.Abstractions;

/// <summary>A watch as the API shows it (the secret is never shown, only whether there is one).</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.WatchInfo")]
public sealed record WatchInfo
{
    [Id(0)] public required string WatchId { get; init; }
    /// <summary>The watched paper's canonical id.</summary>
    [Id(1)] public required string PaperId { get; init; }
    /// <summary>The time between two checks.</summary>
    [Id(2)] public TimeSpan Every { get; init; }
    [Id(3)] public string? Webhook { get; init; }
    /// <summary>True when webhook bodies are signed (X-HubCrawler-Signature).</summary>
    [Id(4)] public bool Signed { get; init; }
    [Id(5)] public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When the paper was last checked, null before the first check.</summary>
    [Id(6)] public DateTimeOffset? LastCheckAt { get; init; }
    /// <summary>How many checks ran.</summary>
    [Id(7)] public int Checks { get; init; }
    /// <summary>How many new citing papers the last check found.</summary>
    [Id(8)] public int LastCheckNew { get; init; }
    /// <summary>Why the last check or webhook call failed; null when it succeeded.</summary>
    [Id(9)] public string? LastError { get; init; }
    /// <summary>New citations not yet delivered to the webhook (it failed); they go with the next delivery.</summary>
    [Id(10)] public int WebhookPending { get; init; }
}

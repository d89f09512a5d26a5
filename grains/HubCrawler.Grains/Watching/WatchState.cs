namespace HubCrawler.Grains.Watching;

/// <summary>One watch: what it watches and how its checks and webhook deliveries went.</summary>
[GenerateSerializer, Alias("hubcrawler.WatchState")]
public sealed class WatchState
{
    /// <summary>The request, with the paper's canonical id.</summary>
    [Id(0)] public WatchRequest? Request { get; set; }
    [Id(1)] public DateTimeOffset CreatedAt { get; set; }
    [Id(2)] public DateTimeOffset? LastCheckAt { get; set; }
    [Id(3)] public int Checks { get; set; }
    [Id(4)] public int LastCheckNew { get; set; }
    [Id(5)] public string? LastError { get; set; }
    /// <summary>The sequence number of the last feed event the webhook accepted.</summary>
    [Id(6)] public long DeliveredSequence { get; set; }
    [Id(7)] public int WebhookPending { get; set; }
}

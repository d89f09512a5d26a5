namespace HubCrawler.Cli.Api;

/// <summary>A watch as <c>/api/watches</c> shows it.</summary>
internal sealed record WatchItem
{
    public required string WatchId { get; init; }
    public required string PaperId { get; init; }
    public string? Every { get; init; }
    public string? Webhook { get; init; }
    public bool Signed { get; init; }
    public DateTimeOffset? LastCheckAt { get; init; }
    public int Checks { get; init; }
    public int LastCheckNew { get; init; }
    public string? LastError { get; init; }
    public int WebhookPending { get; init; }
    public string? Feed { get; init; }
}

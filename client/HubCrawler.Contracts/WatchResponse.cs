namespace HubCrawler.Contracts;

/// <summary>A watch as the API shows it; the secret is never shown, only whether the webhook calls are signed.</summary>
/// <param name="WatchId">The watch's id (16 hex characters).</param>
/// <param name="PaperId">The watched paper's canonical id.</param>
/// <param name="Every">The schedule, compact ("6h").</param>
/// <param name="EverySeconds">The schedule in seconds.</param>
/// <param name="Webhook">The webhook URL, or null.</param>
/// <param name="Signed">Whether webhook bodies are signed.</param>
/// <param name="CreatedAt">When the watch was created.</param>
/// <param name="LastCheckAt">When the paper was last checked; null before the first scheduled check.</param>
/// <param name="Checks">Scheduled (or manual) checks so far.</param>
/// <param name="LastCheckNew">New citing papers the last check found.</param>
/// <param name="LastError">Why the last check or webhook delivery failed; null when it succeeded.</param>
/// <param name="WebhookPending">New citations the webhook has not accepted yet; they go with the next delivery.</param>
/// <param name="Feed">The paper's Atom feed.</param>
public sealed record WatchResponse(string WatchId, string PaperId, string Every, double EverySeconds, string? Webhook, bool Signed,
    DateTimeOffset CreatedAt, DateTimeOffset? LastCheckAt, int Checks, int LastCheckNew, string? LastError, int WebhookPending, string Feed)
{
    public const string FeedSuffix = "/feed.atom";
}

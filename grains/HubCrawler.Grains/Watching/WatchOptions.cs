namespace HubCrawler.Grains.Watching;

/// <summary>Watches: how often they may check, how much of a feed is kept, how webhooks are called.</summary>
public sealed class WatchOptions
{
    public const string Section = "Watches";

    /// <summary>The shortest schedule a watch may ask for, so no watch spends the source's rate on one paper.</summary>
    public TimeSpan MinimumEvery { get; set; } = TimeSpan.FromHours(1);
    /// <summary>The longest schedule (Orleans reminders take periods up to about 49 days).</summary>
    public TimeSpan MaximumEvery { get; set; } = TimeSpan.FromDays(30);
    /// <summary>Events a paper's feed keeps; older ones are dropped and counted.</summary>
    public int MaxEvents { get; set; } = 500;
    /// <summary>Watches the registry accepts.</summary>
    public int MaxWatches { get; set; } = 1000;
    /// <summary>A check of a paper within this time of the last one answers from the last one (several watches of one
    /// paper firing together spend one refresh).</summary>
    public TimeSpan SharedCheckWindow { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>Calls of a webhook per delivery, the first included.</summary>
    public int WebhookAttempts { get; set; } = 4;
    /// <summary>The wait before the first retry; it doubles each retry.</summary>
    public TimeSpan WebhookFirstRetry { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>How long one webhook call may take.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>Events one webhook body carries at most (the rest go with the next delivery).</summary>
    public int MaxEventsPerDelivery { get; set; } = 200;
}

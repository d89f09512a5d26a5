namespace HubCrawler.Abstractions;

/// <summary>One watch (key: its id): a reminder that checks a paper for new citing papers on a schedule and calls the
/// watch's webhook with them.</summary>
[Alias("hubcrawler.IWatchGrain")]
public interface IWatchGrain : IGrainWithStringKey
{
    /// <summary>Validates the request, resolves the paper, takes its current citing papers as the baseline and starts the schedule.</summary>
    [ResponseTimeout("00:05:00")]
    [Alias("Create")]
    Task<WatchResult> Create(WatchRequest request);

    /// <summary>The watch, or null when there is none with this id.</summary>
    [AlwaysInterleave]
    [Alias("Get")]
    Task<WatchInfo?> Get();

    /// <summary>Checks now (what the reminder does): refreshes the hub, records new citing papers, calls the webhook.
    /// Null when there is no such watch.</summary>
    [ResponseTimeout("00:10:00")]
    [Alias("Check")]
    Task<WatchInfo?> Check();

    /// <summary>Stops the watch (its reminder is unregistered) and forgets it; the paper's feed stays. Null when there was none.</summary>
    [Alias("Delete")]
    Task<WatchInfo?> Delete();
}

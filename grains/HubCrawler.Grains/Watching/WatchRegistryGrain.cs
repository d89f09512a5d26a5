namespace HubCrawler.Grains.Watching;

/// <summary>Lists the watches; bounded by <see cref="WatchOptions.MaxWatches"/>.</summary>
[GrainType("watchregistry")]
public sealed class WatchRegistryGrain(
    [PersistentState("watches", HubCrawlerStorage.Name)] IPersistentState<WatchRegistryState> state,
    IOptions<WatchOptions> options,
    IOptions<CrawlOptions> crawlOptions,
    ILogger<WatchRegistryGrain> logger) : Grain, IWatchRegistryGrain
{
    public async Task<bool> Add(string watchId)
    {
        if (state.State.WatchIds.Contains(watchId)) return true;
        if (state.State.WatchIds.Count >= options.Value.MaxWatches) return false;
        state.State.WatchIds.Add(watchId);
        await state.WriteWithRetry(logger, crawlOptions.Value.StorageRetryBudget);
        return true;
    }

    public async Task Remove(string watchId)
    {
        if (state.State.WatchIds.Remove(watchId)) await state.WriteWithRetry(logger, crawlOptions.Value.StorageRetryBudget);
    }

    public Task<IReadOnlyList<string>> List() => Task.FromResult<IReadOnlyList<string>>(state.State.WatchIds.ToList());
}

namespace HubCrawler.Grains;

/// <summary>Remembers the last <see cref="Capacity"/> crawls for the list of recent crawls.</summary>
[GrainType("crawlregistry")]
public sealed class CrawlRegistryGrain(
    [PersistentState("crawls", HubCrawlerStorage.Name)] IPersistentState<CrawlRegistryState> state,
    IOptions<CrawlOptions> options,
    ILogger<CrawlRegistryGrain> logger) : Grain, ICrawlRegistryGrain
{
    public const int Capacity = 200;

    public async Task Register(CrawlSummary crawl)
    {
        if (state.State.Crawls.Any(c => c.JobId == crawl.JobId)) return;
        state.State.Crawls.Add(crawl);
        state.State.Unfinished.Add(crawl.JobId);
        if (state.State.Crawls.Count > Capacity) state.State.Crawls.RemoveRange(0, state.State.Crawls.Count - Capacity);
        await state.WriteWithRetry(logger, options.Value.StorageRetryBudget);
    }

    public async Task Finished(string jobId)
    {
        if (state.State.Unfinished.Remove(jobId)) await state.WriteWithRetry(logger, options.Value.StorageRetryBudget);
    }

    public Task<int> ResumeUnfinished()
    {
        foreach (var jobId in state.State.Unfinished) GrainFactory.GetGrain<ICrawlJobGrain>(jobId).Wake().Ignore();
        if (state.State.Unfinished.Count > 0) logger.CrawlsWoken(state.State.Unfinished.Count);
        return Task.FromResult(state.State.Unfinished.Count);
    }

    public Task<IReadOnlyList<CrawlSummary>> Recent(int limit) =>
        Task.FromResult<IReadOnlyList<CrawlSummary>>(state.State.Crawls.AsEnumerable().Reverse().Take(Math.Clamp(limit, 0, Capacity)).ToList());
}

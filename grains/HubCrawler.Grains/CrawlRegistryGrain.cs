using HubCrawler.Abstractions;

namespace HubCrawler.Grains;

/// <summary>Remembers the last <see cref="Capacity"/> crawls for the list of recent crawls.</summary>
public sealed class CrawlRegistryGrain(
    [PersistentState("crawls", HubCrawlerStorage.Name)] IPersistentState<CrawlRegistryState> state) : Grain, ICrawlRegistryGrain
{
    public const int Capacity = 200;

    public async Task Register(CrawlSummary crawl)
    {
        if (state.State.Crawls.Any(c => c.JobId == crawl.JobId)) return;
        state.State.Crawls.Add(crawl);
        if (state.State.Crawls.Count > Capacity) state.State.Crawls.RemoveRange(0, state.State.Crawls.Count - Capacity);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<CrawlSummary>> Recent(int limit) =>
        Task.FromResult<IReadOnlyList<CrawlSummary>>(state.State.Crawls.AsEnumerable().Reverse().Take(Math.Clamp(limit, 0, Capacity)).ToList());
}

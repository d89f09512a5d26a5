namespace HubCrawler.Api.Endpoints;

/// <summary>The recent crawls from the registry, each with its job's current status.</summary>
internal static class RecentCrawls
{
    public static async Task<IReadOnlyList<CrawlStatus>> Load(IGrainFactory grains, int limit)
    {
        var crawls = await grains.GetGrain<ICrawlRegistryGrain>(0).Recent(limit);
        return await Task.WhenAll(crawls.Select(async crawl =>
            await grains.GetGrain<ICrawlJobGrain>(crawl.JobId).GetStatus()
            ?? new CrawlStatus { JobId = crawl.JobId, Request = crawl.Request, StartedAt = crawl.StartedAt }));
    }
}

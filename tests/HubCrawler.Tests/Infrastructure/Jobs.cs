namespace HubCrawler.Tests.Infrastructure;

/// <summary>Waiting for crawl jobs in tests.</summary>
public static class Jobs
{
    public static Task<CrawlStatus> WaitUntilDone(ICrawlJobGrain job, TimeSpan? timeout = null) =>
        Eventually.Holds(
            async () => await job.GetStatus() ?? throw new InvalidOperationException("the job does not exist"),
            status => status.Done,
            timeout ?? TimeSpan.FromSeconds(60),
            describe: status => $"job not done: {status.Discovered} discovered, {status.Pending} pending, {status.Fetched} fetched");

    /// <summary>Starts a crawl job on a new id and waits until it is done.</summary>
    public static async Task<CrawlStatus> Run(IGrainFactory grains, CrawlRequest request, TimeSpan? timeout = null)
    {
        var job = grains.GetGrain<ICrawlJobGrain>(NewId());
        await job.Start(request);
        return await WaitUntilDone(job, timeout);
    }

    public static string NewId() => Guid.NewGuid().ToString("N")[..16];
}

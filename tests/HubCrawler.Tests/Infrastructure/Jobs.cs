using HubCrawler.Abstractions;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>Waiting for crawl jobs in tests.</summary>
public static class Jobs
{
    public static async Task<CrawlStatus> WaitUntilDone(ICrawlJobGrain job, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var status = await job.GetStatus() ?? throw new InvalidOperationException("the job does not exist");
            if (status.Done) return status;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"job not done: {status.Discovered} discovered, {status.Pending} pending, {status.Fetched} fetched");
            await Task.Delay(50);
        }
    }

    public static string NewId() => Guid.NewGuid().ToString("N")[..16];
}

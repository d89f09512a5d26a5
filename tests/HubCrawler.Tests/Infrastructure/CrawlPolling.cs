namespace HubCrawler.Tests.Infrastructure;

/// <summary>Polls a crawl's status URL over HTTP until a condition holds.</summary>
public static class CrawlPolling
{
    /// <summary>Connection errors and answers that time out are retried until the deadline (a silo may be going away, and
    /// a job that lived on it answers once the cluster has declared it dead and the job is activated elsewhere).</summary>
    public static Task<JsonElement> WaitUntil(HttpClient http, string location, Func<JsonElement, bool> condition, TimeSpan timeout) =>
        Eventually.Holds(
            () => http.GetFromJsonAsync<JsonElement>(location),
            condition,
            timeout,
            transient: e => e is HttpRequestException or TaskCanceledException,
            every: TimeSpan.FromMilliseconds(200),
            describe: status => status.GetRawText());

    public static Task<JsonElement> WaitUntilDone(HttpClient http, string location, TimeSpan timeout) =>
        WaitUntil(http, location, s => s.GetProperty("done").GetBoolean(), timeout);

    /// <summary>Starts a crawl with <paramref name="request"/> (the body of <c>POST /api/crawls</c>), waits until it is
    /// done and returns its job id.</summary>
    public static async Task<string> Run(HttpClient http, object request, TimeSpan timeout)
    {
        var started = await http.PostAsJsonAsync("/api/crawls", request);
        started.EnsureSuccessStatusCode();
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        await WaitUntilDone(http, $"/api/crawls/{jobId}", timeout);
        return jobId;
    }
}

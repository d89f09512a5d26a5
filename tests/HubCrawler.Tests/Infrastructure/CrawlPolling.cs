using System.Net.Http.Json;
using System.Text.Json;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>Polls a crawl's status URL over HTTP until a condition holds.</summary>
public static class CrawlPolling
{
    /// <summary>Connection errors and answers that time out are retried until the deadline (a silo may be going away, and
    /// a job that lived on it answers once the cluster has declared it dead and the job is activated elsewhere).</summary>
    public static async Task<JsonElement> WaitUntil(HttpClient http, string location, Func<JsonElement, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                var status = await http.GetFromJsonAsync<JsonElement>(location);
                if (condition(status)) return status;
                if (DateTime.UtcNow > deadline) throw new TimeoutException(status.GetRawText());
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
            }
            await Task.Delay(200);
        }
    }

    public static Task<JsonElement> WaitUntilDone(HttpClient http, string location, TimeSpan timeout) =>
        WaitUntil(http, location, s => s.GetProperty("done").GetBoolean(), timeout);
}

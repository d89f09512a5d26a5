using System.Net.Http.Json;
using System.Text.Json;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>Polls a crawl's status URL over HTTP until a condition holds.</summary>
public static class CrawlPolling
{
    /// <summary>Connection errors are retried until the deadline (a silo may be going away).</summary>
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
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            await Task.Delay(200);
        }
    }

    public static Task<JsonElement> WaitUntilDone(HttpClient http, string location, TimeSpan timeout) =>
        WaitUntil(http, location, s => s.GetProperty("done").GetBoolean(), timeout);
}

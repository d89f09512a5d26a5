using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace HubCrawler.Cli.Api;

/// <summary>Follows <c>GET /api/crawls/{id}/events</c>: yields each status the server sends, the final one last. When the
/// stream drops (the silo behind it restarting) it reconnects with <c>Last-Event-ID</c>, so it is sent only what changed,
/// for as long as <paramref name="reconnectFor"/> without an answer; then the API counts as unreachable.</summary>
internal sealed class CrawlEventStream(HttpClient http, Uri api, TimeSpan reconnectDelay, TimeSpan reconnectFor)
{
    public const string DoneEvent = "done";

    /// <summary>Times the stream was opened again after it dropped.</summary>
    public int Reconnects { get; private set; }

    public async IAsyncEnumerable<CrawlStatus> WatchAsync(string jobId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var path = $"{ApiPaths.Crawl(jobId)}/events";
        string? lastId = null;
        var unansweredSince = DateTimeOffset.UtcNow;
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 0)
            {
                Reconnects++;
                await Task.Delay(reconnectDelay, cancellationToken);
            }
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            if (lastId is not null) request.Headers.TryAddWithoutValidation("Last-Event-ID", lastId);
            HttpResponseMessage? response = null;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                if (DateTimeOffset.UtcNow - unansweredSince > reconnectFor) throw new ApiUnreachableException(api, e.InnerException?.Message ?? e.Message, e);
                continue;
            }
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    // A 4xx is the API's answer (no such job); a 5xx from a proxy or a starting host is worth another try.
                    if ((int)response.StatusCode < 500 || DateTimeOffset.UtcNow - unansweredSince > reconnectFor)
                        throw new ApiProblemException((int)response.StatusCode, response.ReasonPhrase ?? "Error",
                            $"GET /{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
                    continue;
                }
                unansweredSince = DateTimeOffset.UtcNow;
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                await using var events = SseParser.Create(body).EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
                while (true)
                {
                    SseItem<string> item;
                    try
                    {
                        if (!await events.MoveNextAsync()) break;
                        item = events.Current;
                    }
                    catch (Exception e) when (e is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
                    {
                        break;
                    }
                    unansweredSince = DateTimeOffset.UtcNow;
                    if (item.EventId is { Length: > 0 } id) lastId = id;
                    var status = JsonSerializer.Deserialize<CrawlStatus>(item.Data, ApiJson.Options)
                        ?? throw new ApiProblemException(null, "Unexpected answer", $"An event of /{path} holds no status.");
                    yield return status;
                    if (item.EventType == DoneEvent || status.Done) yield break;
                }
            }
        }
    }
}

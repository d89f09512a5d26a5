using System.Net.ServerSentEvents;

namespace HubCrawler.Tests.Api;

/// <summary><c>GET /api/crawls/{id}/events</c> read as a client reads it, with .NET's own server-sent events parser.</summary>
[Collection(ApiCollection.Name)]
public sealed class CrawlEventsTests(ApiHost host)
{
    [Fact]
    public async Task A_crawl_streams_status_events_while_it_runs_then_one_done_event_and_the_stream_ends()
    {
        var seed = host.Simulator.Graph.Papers[160];
        var expected = host.Simulator.Graph.Reachable([seed.Index], 3).Count;
        var location = await Start(seed.PaperId, depth: 3);

        var events = await ReadAll(location + "/events", lastEventId: null);

        Assert.True(events.Count >= 2, string.Join("\n", events.Select(e => e.EventType)));
        Assert.Equal("done", events[^1].EventType);
        Assert.All(events[..^1], e => Assert.Equal("status", e.EventType));
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
        var final = JsonDocument.Parse(events[^1].Data).RootElement;
        Assert.True(final.GetProperty("done").GetBoolean());
        Assert.Equal(expected, final.GetProperty("discovered").GetInt32());
        // Counters only grow from one snapshot to the next.
        var reported = events.Select(e => JsonDocument.Parse(e.Data).RootElement).Select(s => s.GetProperty("discovered").GetInt32() - s.GetProperty("pending").GetInt32()).ToList();
        Assert.Equal(reported.Order(), reported);

        // A client that reconnects with the last id it had is told the end again, and nothing else.
        var again = await ReadAll(location + "/events", events[^1].EventId);
        Assert.Equal(["done"], again.Select(e => e.EventType));
        Assert.Equal(events[^1].EventId, again[0].EventId);
    }

    [Fact]
    public async Task A_client_that_reconnects_with_the_id_it_has_is_not_sent_that_snapshot_again()
    {
        var location = await Start(host.Simulator.Graph.Papers[161].PaperId, depth: 0);
        var first = await ReadAll(location + "/events", lastEventId: null);
        var done = first[^1];

        // The crawl is over, so its status no longer changes: with a status id that is not the last one the final event comes.
        var stale = await ReadAll(location + "/events", lastEventId: "0000000000000000");
        Assert.Equal([done.EventId], stale.Select(e => e.EventId));
    }

    [Theory]
    [InlineData("/api/crawls/not-a-job/events", HttpStatusCode.BadRequest)]
    [InlineData("/api/crawls/0123456789abcdef/events", HttpStatusCode.NotFound)]
    public async Task A_bad_or_unknown_job_is_a_problem_not_a_stream(string path, HttpStatusCode status)
    {
        var response = await host.Http.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> Start(string seed, int depth)
    {
        var started = await host.Http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { seed }, depth, maxPapers = 5000 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        return started.Headers.Location!.ToString();
    }

    private async Task<List<SseItem<string>>> ReadAll(string path, string? lastEventId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var response = await host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = new List<SseItem<string>>();
        await foreach (var item in SseParser.Create(await response.Content.ReadAsStreamAsync(timeout.Token)).EnumerateAsync(timeout.Token))
            events.Add(item);
        return events;
    }
}

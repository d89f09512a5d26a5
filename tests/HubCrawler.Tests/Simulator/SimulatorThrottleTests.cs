using Microsoft.Extensions.Time.Testing;

namespace HubCrawler.Tests.Simulator;

/// <summary>The sustained throttle window, on a fake clock, over real HTTP; its HTTP control; requests counted by kind.</summary>
public sealed class SimulatorThrottleTests() : SimulatorOverHttp(SharedGraph)
{
    private const string ThrottleMessage =
        "Too Many Requests. Please wait and try again or apply for a key for higher rate limits. https://www.semanticscholar.org/product/api#api-key-form";

    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<SyntheticGraph> SharedGraph = new(() =>
        SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 200, Seed = 3, HeavyPaperCitations = 300 }));

    private readonly FakeTimeProvider _clock = new(Noon);

    private SimulatorFaults Faults => Server.Faults;

    private SimPaper Paper => Graph.Papers[Graph.HeavyPaperIndex!.Value];

    protected override SimulatorFaults CreateFaults() => new(_clock);

    [Fact]
    public async Task ThrottleFor_AnswersEverySemanticScholarRequest429WithoutRetryAfter_UntilTheClockPassesTheEnd()
    {
        Faults.RetryAfterSeconds = 7;
        Faults.ThrottleFor(TimeSpan.FromSeconds(30));

        Assert.Equal(Noon, Faults.ThrottleStart);
        Assert.Equal(Noon.AddSeconds(30), Faults.ThrottleEnd);
        Assert.True(Faults.GetThrottleState().Active);
        foreach (var kind in new[] { "paper", "citations", "batch" })
        {
            using var response = await SendAsync(kind);
            using var json = await ReadJsonAsync(response);
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.Null(response.Headers.RetryAfter);
            Assert.Equal(ThrottleMessage, json.RootElement.GetProperty("message").GetString());
            Assert.Equal(["message"], json.RootElement.EnumerateObject().Select(p => p.Name));
        }

        using (var openAlex = await Http.GetAsync($"{Server.OpenAlexBaseUrl}/works/{Paper.OpenAlexId}"))
        {
            Assert.Equal(HttpStatusCode.OK, openAlex.StatusCode);
        }

        _clock.Advance(TimeSpan.FromMilliseconds(29_900));
        using (var stillThrottled = await SendAsync("paper"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, stillThrottled.StatusCode);
        }

        _clock.Advance(TimeSpan.FromMilliseconds(100));
        foreach (var kind in new[] { "paper", "citations", "batch" })
        {
            using var recovered = await SendAsync(kind);
            Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        }

        Assert.Equal(4, Faults.ThrottledRequests);
        Assert.False(Faults.GetThrottleState().Active);
        var log = Server.RequestLog.Snapshot();
        Assert.Equal(
            ["paper", "citations", "batch", "paper"],
            log.Where(r => r.Throttled).Select(r => r.Kind));
        Assert.All(log.Where(r => r.Throttled), r =>
        {
            Assert.Equal(SimThrottleCauses.Window, r.ThrottledBy);
            Assert.Equal(429, r.Status);
            if (r.Kind != SimRequestKinds.Batch)
            {
                Assert.Equal(Paper.PaperId, r.PaperId);
            }
        });
    }

    [Fact]
    public async Task ThrottleWindow_WinsOverTheOtherFaults()
    {
        Faults.TooManyRequestsRate = 1;
        Faults.ServerErrorRate = 1;
        Faults.RetryAfterSeconds = 7;
        Faults.ThrottleFor(TimeSpan.FromMinutes(5));

        using var response = await SendAsync("paper");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
        Assert.Equal(ThrottleMessage, json.RootElement.GetProperty("message").GetString());
        Assert.Equal(SimThrottleCauses.Window, Server.RequestLog.Snapshot()[^1].ThrottledBy);

        Faults.EndThrottle();
        using var random = await SendAsync("paper");
        Assert.Equal(HttpStatusCode.TooManyRequests, random.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), random.Headers.RetryAfter?.Delta);
        Assert.Equal(SimThrottleCauses.Random, Server.RequestLog.Snapshot()[^1].ThrottledBy);
        Assert.Equal(0, Faults.ThrottledRequests);
    }

    [Fact]
    public async Task ThrottleAfterRequests_LetsNThrough_ThenOpensTheWindowAtTheNext()
    {
        Faults.ThrottleAfterRequests(2, TimeSpan.FromSeconds(60));
        var pending = Faults.GetThrottleState();
        Assert.Equal(2, pending.PendingRequests);
        Assert.Null(pending.Start);
        Assert.False(pending.Active);

        using (var first = await SendAsync("paper"))
        using (var page = await Http.GetAsync($"{Server.ArxivBaseUrl}/abs/{Paper.ArxivId}"))
        using (var second = await SendAsync("citations"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        Assert.Equal(0, Faults.GetThrottleState().PendingRequests);
        _clock.Advance(TimeSpan.FromMinutes(10));
        using (var third = await SendAsync("batch"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        }

        var open = Faults.GetThrottleState();
        Assert.Equal(Noon.AddMinutes(10), open.Start);
        Assert.Equal(Noon.AddMinutes(11), open.End);
        Assert.Null(open.PendingRequests);
        Assert.Equal(1, open.ThrottledRequests);

        _clock.Advance(TimeSpan.FromMinutes(1));
        using var after = await SendAsync("batch");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task ThrottleScope_All_AlsoThrottlesOpenAlex_ButNeverPages()
    {
        Faults.ThrottleFor(TimeSpan.FromSeconds(30), ThrottleScope.All);

        using var work = await Http.GetAsync($"{Server.OpenAlexBaseUrl}/works/{Paper.OpenAlexId}");
        using var list = await Http.GetAsync($"{Server.OpenAlexBaseUrl}/works?filter=cites:{Paper.OpenAlexId}");
        using var listJson = await ReadJsonAsync(list);
        using var paper = await SendAsync("paper");
        using var abs = await Http.GetAsync($"{Server.ArxivBaseUrl}/abs/{Paper.ArxivId}");
        using var hub = await Http.GetAsync($"{Server.HubBaseUrl}/papers/{Paper.PaperId}");

        Assert.Equal(HttpStatusCode.TooManyRequests, work.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, list.StatusCode);
        Assert.Null(list.Headers.RetryAfter);
        Assert.Equal("Too Many Requests", listJson.RootElement.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, paper.StatusCode);
        Assert.Equal(HttpStatusCode.OK, abs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hub.StatusCode);
        Assert.Equal(3, Faults.ThrottledRequests);

        Faults.ThrottleFor(TimeSpan.FromSeconds(30), ThrottleScope.OpenAlex);
        using var openAlexOnly = await Http.GetAsync($"{Server.OpenAlexBaseUrl}/works/{Paper.OpenAlexId}");
        using var semanticScholar = await SendAsync("paper");
        Assert.Equal(HttpStatusCode.TooManyRequests, openAlexOnly.StatusCode);
        Assert.Equal(HttpStatusCode.OK, semanticScholar.StatusCode);
        Assert.Equal(1, Faults.ThrottledRequests);
    }

    [Fact]
    public void ThrottleKnobs_RejectBadArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Faults.ThrottleFor(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Faults.ThrottleFor(TimeSpan.FromSeconds(1), ThrottleScope.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => Faults.ThrottleAfterRequests(-1, TimeSpan.FromSeconds(1)));
        Faults.ThrottleFor(TimeSpan.MaxValue);
        Assert.Equal(DateTimeOffset.MaxValue, Faults.ThrottleEnd);
        Faults.Reset();
        Assert.Equal(ThrottleScope.None, Faults.GetThrottleState().Scope);
        Assert.Null(Faults.ThrottleStart);
    }

    [Fact]
    public async Task HttpControl_SetsReadsAndEndsTheWindow()
    {
        var control = new Uri(Server.Root, "sim/faults/throttle");

        using var set = await Http.PostAsync(new Uri(control, "?seconds=60"), content: null);
        using var setJson = await ReadJsonAsync(set);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.True(setJson.RootElement.GetProperty("active").GetBoolean());
        Assert.Equal("semantic-scholar", setJson.RootElement.GetProperty("scope").GetString());
        Assert.Equal(Noon, setJson.RootElement.GetProperty("start").GetDateTimeOffset());
        Assert.Equal(Noon.AddSeconds(60), setJson.RootElement.GetProperty("end").GetDateTimeOffset());

        using (var throttled = await SendAsync("paper"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        }

        using (var read = await Http.GetAsync(control))
        using (var readJson = await ReadJsonAsync(read))
        {
            Assert.Equal(1, readJson.RootElement.GetProperty("throttledRequests").GetInt64());
        }

        using (var ended = await Http.DeleteAsync(control))
        using (var endedJson = await ReadJsonAsync(ended))
        {
            Assert.False(endedJson.RootElement.GetProperty("active").GetBoolean());
            Assert.Equal("none", endedJson.RootElement.GetProperty("scope").GetString());
        }

        using (var fine = await SendAsync("paper"))
        {
            Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        }

        using var later = await Http.PostAsync(new Uri(control, "?seconds=1.5&after=3&scope=all"), content: null);
        using var laterJson = await ReadJsonAsync(later);
        Assert.Equal(3, laterJson.RootElement.GetProperty("pendingRequests").GetInt32());
        Assert.Equal("all", laterJson.RootElement.GetProperty("scope").GetString());
        Assert.Equal(JsonValueKind.Null, laterJson.RootElement.GetProperty("start").ValueKind);

        foreach (var bad in new[] { "", "?seconds=0", "?seconds=soon", "?seconds=5&after=-1", "?seconds=5&scope=arxiv" })
        {
            using var refused = await Http.PostAsync(new Uri(control, bad), content: null);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        Assert.Equal(3, Faults.GetThrottleState().PendingRequests);
        Assert.All(Server.RequestLog.Snapshot().Where(r => r.Path.StartsWith("/sim/", StringComparison.Ordinal)), r => Assert.Equal(SimRequestKinds.Simulator, r.Kind));
    }

    [Fact]
    public async Task Stats_AndTheLog_CountRequestsByKind()
    {
        using (await SendAsync("paper"))
        using (await SendAsync("paper"))
        using (await SendAsync("citations"))
        using (await SendAsync("batch"))
        using (await Http.GetAsync($"{Server.OpenAlexBaseUrl}/works/{Paper.OpenAlexId}"))
        using (await Http.GetAsync($"{Server.OpenAlexBaseUrl}/works?filter=cites:{Paper.OpenAlexId}"))
        {
        }

        Faults.ThrottleFor(TimeSpan.FromSeconds(30));
        using (await SendAsync("paper"))
        using (await SendAsync("batch"))
        {
        }

        using var stats = await Http.GetAsync(new Uri(Server.Root, "sim/stats"));
        using var json = await ReadJsonAsync(stats);

        var root = json.RootElement;
        Assert.Equal(8, root.GetProperty("requests").GetInt32());
        Assert.Equal(
            new Dictionary<string, int> { ["batch"] = 2, ["citations"] = 1, ["openalex-list"] = 1, ["openalex-work"] = 1, ["paper"] = 3 },
            root.GetProperty("byKind").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()));
        Assert.Equal(2, root.GetProperty("throttled").GetInt32());
        Assert.Equal(
            new Dictionary<string, int> { ["batch"] = 1, ["paper"] = 1 },
            root.GetProperty("throttledByKind").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()));
        Assert.True(root.GetProperty("throttle").GetProperty("active").GetBoolean());
        Assert.Equal(2, root.GetProperty("throttle").GetProperty("throttledRequests").GetInt64());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("openAlex").GetProperty("dailyBudget").ValueKind);
        Assert.Equal(1, root.GetProperty("openAlex").GetProperty("creditsUsedToday").GetInt64());

        var byKind = Server.RequestLog.CountByKind();
        Assert.Equal(3, byKind[SimRequestKinds.Paper]);
        Assert.Equal(2, byKind[SimRequestKinds.Batch]);
        Assert.Equal(1, byKind[SimRequestKinds.Citations]);
        Assert.Equal(1, byKind[SimRequestKinds.OpenAlexWork]);
        Assert.Equal(1, byKind[SimRequestKinds.OpenAlexList]);
        Assert.Equal(1, byKind[SimRequestKinds.Simulator]);
        Assert.Equal(Server.RequestLog.Count, byKind.Values.Sum());
        Assert.Equal(new Dictionary<string, int> { ["batch"] = 1, ["paper"] = 1 }, Server.RequestLog.CountThrottledByKind());
        Assert.Equal(2, Server.RequestLog.CountByKind(r => r.Status == 200 && r.Kind == SimRequestKinds.Paper)[SimRequestKinds.Paper]);
    }

    private Task<HttpResponseMessage> SendAsync(string kind) => kind switch
    {
        "paper" => Http.GetAsync($"{Server.SemanticScholarBaseUrl}/paper/{Paper.PaperId}?fields=title"),
        "citations" => Http.GetAsync($"{Server.SemanticScholarBaseUrl}/paper/{Paper.PaperId}/citations?fields=title&limit=10"),
        "batch" => Http.PostAsync(
            $"{Server.SemanticScholarBaseUrl}/paper/batch?fields=title",
            new StringContent(JsonSerializer.Serialize(new { ids = new[] { Paper.PaperId } }), Encoding.UTF8, "application/json")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

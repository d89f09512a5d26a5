using System.Security.Cryptography;
using HubCrawler.Tests.Cli;

namespace HubCrawler.Tests.Watches;

/// <summary>Watches through the HTTP API: creating, listing, deleting; the Atom feed read by feedparser; the signed webhook
/// received by a local listener, and its retries; the errors; the OpenAPI document; the CLI.</summary>
[Collection(WatchApiCollection.Name)]
public sealed class WatchApiTests(WatchApiHost host)
{
    private async Task<JsonElement> Create(object body)
    {
        var response = await host.Http.PostAsJsonAsync("/api/watches", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var watch = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/watches/{watch.GetProperty("watchId").GetString()}", response.Headers.Location!.ToString());
        return watch;
    }

    private Task<WatchInfo?> Check(JsonElement watch) => host.Grains.GetGrain<IWatchGrain>(watch.GetProperty("watchId").GetString()!).Check();

    [Fact]
    public async Task New_citing_papers_reach_the_Atom_feed_and_a_signed_webhook()
    {
        using var hook = new WebhookListener();
        var paper = host.Pick(held: 2);
        var watch = await Create(new { paperId = "arXiv:" + paper.Paper.ArxivId, every = "1h", webhook = hook.Url, secret = "shared-s3cret" });
        Assert.Equal(paper.Paper.PaperId, watch.GetProperty("paperId").GetString());
        Assert.Equal("1h", watch.GetProperty("every").GetString());
        Assert.True(watch.GetProperty("signed").GetBoolean());
        Assert.DoesNotContain("shared-s3cret", watch.GetRawText());
        var id = watch.GetProperty("watchId").GetString()!;

        host.Simulator.Revisions.Release(paper.Paper.Index, 2);
        var checkedWatch = await Check(watch);
        Assert.Equal(2, checkedWatch!.LastCheckNew);

        var call = Assert.Single(hook.Calls);
        Assert.Equal("POST", call.Method);
        Assert.StartsWith("application/json", call.ContentType);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("shared-s3cret"), call.Body));
        Assert.Equal(expected, call.Headers["X-HubCrawler-Signature"]);
        using var body = JsonDocument.Parse(call.Body);
        Assert.Equal(id, body.RootElement.GetProperty("watchId").GetString());
        Assert.Equal(paper.Paper.PaperId, body.RootElement.GetProperty("paperId").GetString());
        Assert.Equal(paper.HeldBack.Order(), body.RootElement.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("citingPaperId").GetString()!).Order());

        // Listed and shown.
        var list = await host.Http.GetFromJsonAsync<JsonElement>("/api/watches");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), w => w.GetProperty("watchId").GetString() == id);
        var shown = await host.Http.GetFromJsonAsync<JsonElement>($"/api/watches/{id}");
        Assert.Equal(1, shown.GetProperty("checks").GetInt32());

        var feedResponse = await host.Http.GetAsync(shown.GetProperty("feed").GetString());
        Assert.Equal(HttpStatusCode.OK, feedResponse.StatusCode);
        Assert.Equal("application/atom+xml", feedResponse.Content.Headers.ContentType!.MediaType);
        var feed = await AtomParser.Parse(await feedResponse.Content.ReadAsByteArrayAsync());
        Assert.False(feed.GetProperty("bozo").GetBoolean(), feed.GetProperty("error").GetString());
        Assert.Equal("atom10", feed.GetProperty("version").GetString());
        Assert.Equal($"urn:hubcrawler:feed:{paper.Paper.PaperId}", feed.GetProperty("id").GetString());
        var entries = feed.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(paper.HeldBack.Select(c => $"urn:hubcrawler:citation:{paper.Paper.PaperId}:{c}").Order(), entries.Select(e => e.GetProperty("id").GetString()!).Order());
        foreach (var entry in entries)
        {
            var citing = entry.GetProperty("id").GetString()!.Split(':')[^1];
            Assert.Equal(new Uri(host.Silo.Address, $"/papers/{citing}").ToString(), entry.GetProperty("link").GetString());
            Assert.True(entry.GetProperty("updatedParsed").GetBoolean());
            Assert.False(string.IsNullOrEmpty(entry.GetProperty("title").GetString()));
            // The link is the citing paper's hub page on this server.
            Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync($"/papers/{citing}")).StatusCode);
        }

        // The same feed again: the same entry ids (stable), and through the alias too.
        var again = await AtomParser.Parse(await host.Http.GetByteArrayAsync($"/papers/arXiv:{paper.Paper.ArxivId}/feed.atom"));
        Assert.Equal(entries.Select(e => e.GetProperty("id").GetString()), again.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()));

        var deleted = await host.Http.DeleteAsync($"/api/watches/{id}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync($"/api/watches/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_failing_webhook_is_retried_with_backoff_and_what_it_missed_goes_with_the_next_delivery()
    {
        using var hook = new WebhookListener();
        var paper = host.Pick(held: 1);
        var watch = await Create(new { paperId = paper.Paper.PaperId, every = "2h", webhook = hook.Url });
        host.Simulator.Revisions.Release(paper.Paper.Index, 1);

        // Every attempt of the first delivery fails (4 attempts by default).
        hook.Plan(500, 503, 500, 502);
        var failed = await Check(watch);
        Assert.Equal(4, hook.Calls.Count);
        Assert.Equal(1, failed!.WebhookPending);
        Assert.Contains("webhook", failed.LastError);

        // The next check has nothing new but delivers what was missed, on its second attempt.
        hook.Plan(500);
        var delivered = await Check(watch);
        Assert.Equal(0, delivered!.LastCheckNew);
        Assert.Equal(0, delivered.WebhookPending);
        Assert.Null(delivered.LastError);
        var calls = hook.Calls.ToList();
        Assert.Equal(6, calls.Count);
        Assert.Equal([500, 503, 500, 502, 500, 200], calls.Select(c => c.Answered));
        Assert.Single(calls.Select(c => c.Headers["X-HubCrawler-Delivery"]).Distinct());
        Assert.All(calls, c => Assert.False(c.Headers.ContainsKey("X-HubCrawler-Signature")));
        using var body = JsonDocument.Parse(calls[^1].Body);
        Assert.Equal(paper.HeldBack, body.RootElement.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("citingPaperId").GetString()!));

        // Delivered once: a third check sends nothing.
        await Check(watch);
        Assert.Equal(6, hook.Calls.Count);
    }

    [Theory]
    [InlineData("{\"every\":\"6h\"}", "paperId")]
    [InlineData("{\"paperId\":\"arXiv:2507.21802\",\"every\":\"soon\"}", "every")]
    [InlineData("{\"paperId\":\"arXiv:2507.21802\",\"every\":\"100ms\"}", "every")]
    [InlineData("{\"paperId\":\"not an id\"}", "id")]
    [InlineData("{\"paperId\":\"arXiv:2507.21802\",\"webhook\":\"ftp://example.org/hook\"}", "http")]
    [InlineData("{\"paperId\":\"arXiv:2507.21802\",\"webhook\":\"hooks.example.org\"}", "http")]
    [InlineData("{\"paperId\":\"arXiv:2507.21802\",\"secret\":\"x\"}", "webhook")]
    [InlineData("{\"paperId\":", "body")]
    [InlineData("[1,2]", "body")]
    public async Task A_bad_watch_request_is_a_400_that_says_what_is_wrong(string json, string mentions)
    {
        var response = await host.Http.PostAsync("/api/watches", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(mentions, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_watches_papers_and_feeds_are_404_and_malformed_ids_400()
    {
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await host.Http.PostAsync("/api/watches", new StringContent("paperId=x"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.PostAsJsonAsync("/api/watches", new { paperId = new string('e', 40) })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("/api/watches/00000000000000ff")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.DeleteAsync("/api/watches/00000000000000ff")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.GetAsync("/api/watches/not-a-watch")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.DeleteAsync("/api/watches/not-a-watch")).StatusCode);
        // A paper nobody watched has no feed (its hub page is still there).
        var unwatched = host.Simulator.Graph.Papers[3].PaperId;
        var feed = await host.Http.GetAsync($"/papers/{unwatched}/feed.atom");
        Assert.Equal(HttpStatusCode.NotFound, feed.StatusCode);
        Assert.Equal("application/problem+json", feed.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.GetAsync("/papers/nonsense!/feed.atom")).StatusCode);
    }

    [Fact]
    public async Task With_a_key_configured_every_watch_endpoint_needs_it()
    {
        var settings = SiloHost.Settings(host.Simulator.SemanticScholarBaseUrl, "Memory");
        settings["Api:Key"] = "watch-key";
        await using var keyed = await SiloHost.StartAsync(settings);
        var body = new { paperId = host.Simulator.Graph.Papers[2].PaperId, every = "6h" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyed.Http.PostAsJsonAsync("/api/watches", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyed.Http.GetAsync("/api/watches")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyed.Http.GetAsync("/api/watches/00000000000000ff")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyed.Http.DeleteAsync("/api/watches/00000000000000ff")).StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/watches") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", "watch-key");
        var created = await keyed.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var list = new HttpRequestMessage(HttpMethod.Get, "/api/watches");
        list.Headers.Add("X-Api-Key", "watch-key");
        Assert.Single((await (await keyed.Http.SendAsync(list)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/watches", "post,get")]
    [InlineData("/api/watches/{watchId}", "get,delete")]
    [InlineData("/papers/{id}/feed.atom", "get")]
    public async Task The_OpenAPI_document_lists_the_watch_paths(string path, string methods)
    {
        var document = await host.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var item = document.GetProperty("paths").GetProperty(path);
        foreach (var method in methods.Split(','))
        {
            var operation = item.GetProperty(method);
            Assert.Contains("Watches", operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.Contains(responses, r => r.StartsWith('2'));
            Assert.Contains(responses, r => r.StartsWith('4'));
        }
    }

    [Fact]
    public async Task The_CLI_creates_lists_and_deletes_watches()
    {
        var paper = host.Simulator.Graph.Papers[4];
        var created = await CliRunner.RunAsync(host.Silo.Address, "watch", "arXiv:" + paper.ArxivId, "--every", "6h", "--json");
        Assert.Equal(0, created.ExitCode);
        var watchId = JsonDocument.Parse(created.Output).RootElement.GetProperty("watchId").GetString()!;

        var listed = await CliRunner.RunAsync(host.Silo.Address, "watch", "--list");
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains(watchId, listed.Console);
        Assert.Contains(paper.PaperId, listed.Console);

        var deleted = await CliRunner.RunAsync(host.Silo.Address, "watch", "--delete", watchId);
        Assert.Equal(0, deleted.ExitCode);
        Assert.Contains("stopped", deleted.Console);
        Assert.Equal(1, (await CliRunner.RunAsync(host.Silo.Address, "watch", "--delete", watchId)).ExitCode);
        Assert.Equal(2, (await CliRunner.RunAsync(host.Silo.Address, "watch", "arXiv:" + paper.ArxivId, "--every", "often")).ExitCode);
        Assert.Equal(2, (await CliRunner.RunAsync(host.Silo.Address, "watch")).ExitCode);
    }
}

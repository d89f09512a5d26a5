using System.Net.Sockets;
using HubCrawler.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace HubCrawler.Tests.Security;

/// <summary>What an attacker can send the API: malformed ids, path tricks, absurd numbers, wrong
/// bodies and content types. The answer is always a clear 4xx, never a 5xx, and nothing reaches a
/// host that is not a configured source.</summary>
[Collection(ApiCollection.Name)]
public sealed class HostileInputTests(Api.ApiHost host, ITestOutputHelper output)
{
    private HttpClient Http => host.Http;

    private static readonly string[] HostileIds =
    [
        "", " ", "%00", "..", "../..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "/etc/passwd", "\\\\server\\share",
        "arXiv:", "arXiv:../../x", "arXiv:2501.00001/../../admin", "DOI:", "DOI:10.1/x", "DOI:10.1234/..%2F..%2F", "DOI:10.1234/a b",
        "DOI:10.1234/x?fields=secret", "DOI:10.1234/x#frag", "DOI:10.1234/x@127.0.0.1", "CorpusId:-1", "CorpusId:99999999999999999999",
        "PMID:abc", "http://127.0.0.1/", "https://169.254.169.254/latest/meta-data", "file:///etc/passwd", "javascript:alert(1)",
        "<script>alert(1)</script>", "' OR 1=1 --", "%E2%80%AE", "\u202e", "𝔞𝔯𝔛𝔦𝔳", new string('a', 5000), "arXiv:" + new string('1', 300),
        "ffffffffffffffffffffffffffffffffffffffff", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "%",
    ];

    private static readonly string[] HostileNumbers = ["-1", "-2147483648", "2147483648", "99999999999999999999", "1e9", "0x10", "NaN", "", "1.5", "١٢", "%00"];

    [Fact]
    public async Task Every_read_endpoint_answers_hostile_input_with_a_4xx_or_a_result_never_a_5xx()
    {
        var paths = new List<string>();
        foreach (var id in HostileIds)
        {
            var escaped = Uri.EscapeDataString(id);
            paths.Add($"/api/papers/{escaped}");
            paths.Add($"/api/papers/{escaped}/citations");
            paths.Add($"/api/papers/{id.Replace("?", "%3F").Replace("#", "%23")}");
            paths.Add($"/api/crawls/{escaped}");
            paths.Add($"/api/crawls/{escaped}/export?format=jsonl");
        }
        var paper = host.Simulator.Graph.Papers[3].PaperId;
        foreach (var number in HostileNumbers)
        {
            var n = Uri.EscapeDataString(number);
            paths.Add($"/api/papers/{paper}/citations?offset={n}");
            paths.Add($"/api/papers/{paper}/citations?limit={n}");
            paths.Add($"/api/papers/{paper}/citations?yearFrom={n}&yearTo={n}");
            paths.Add($"/api/papers/{paper}/citations?offset=10000000&limit=1000");
            paths.Add($"/api/crawls?limit={n}");
        }
        foreach (var word in new[] { "praise", "BACKGROUND", "1", "-1", "%00", "method,background", new string('x', 3000) })
        {
            paths.Add($"/api/papers/{paper}/citations?role={Uri.EscapeDataString(word)}");
            paths.Add($"/api/papers/{paper}/citations?sort={Uri.EscapeDataString(word)}&polarity={Uri.EscapeDataString(word)}");
            paths.Add($"/api/crawls/0123456789abcdef/export?format={Uri.EscapeDataString(word)}");
        }

        var statuses = new Dictionary<int, int>();
        foreach (var path in paths)
        {
            using var response = await Http.GetAsync(path);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status < 500, $"GET {path} → {status}: {await response.Content.ReadAsStringAsync()}");
            // Kestrel refuses some raw paths (a raw %00) itself, before the app, with an empty 400.
            if (status >= 400 && status != 404 && path.StartsWith("/api/", StringComparison.Ordinal) && response.Content.Headers.ContentLength != 0)
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        output.WriteLine($"{paths.Count} hostile GETs: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
    }

    [Fact]
    public async Task Hostile_crawl_requests_are_rejected_with_a_4xx()
    {
        var bodies = new List<(string Body, string ContentType)>
        {
            ("", "application/json"), ("null", "application/json"), ("[]", "application/json"), ("\"seeds\"", "application/json"),
            ("{\"seeds\":null}", "application/json"), ("{\"seeds\":[1,2,3]}", "application/json"), ("{\"seeds\":[\"arXiv:2501.00001\"],\"depth\":\"deep\"}", "application/json"),
            ("{\"seeds\":[\"arXiv:2501.00001\"],\"depth\":1e99}", "application/json"), ("{\"seeds\":[\"arXiv:2501.00001\"],\"maxPapers\":-5}", "application/json"),
            ("{\"seeds\":[\"arXiv:2501.00001\"],\"depth\":99}", "application/json"), ("{" + new string('[', 10_000), "application/json"),
            ("{\"seeds\":[\"http://127.0.0.1:1/x\"],\"depth\":1,\"maxPapers\":1}", "application/json"),
            ("{\"seeds\":[\"arXiv:2501.00001\"]}", "text/plain"), ("<crawl/>", "application/xml"), ("seeds=x", "application/x-www-form-urlencoded"),
            ("{\"seeds\":[" + string.Join(",", Enumerable.Repeat("\"arXiv:2501.00001\"", 5000)) + "]}", "application/json"),
        };
        foreach (var (body, contentType) in bodies)
        {
            using var content = new StringContent(body, Encoding.UTF8, contentType);
            using var response = await Http.PostAsync("/api/crawls", content);
            var status = (int)response.StatusCode;
            Assert.True(status is >= 400 and < 500, $"POST {body[..Math.Min(body.Length, 80)]} ({contentType}) → {status}");
        }

        // An oversized body is refused before it is read whole.
        using var huge = new ByteArrayContent(new byte[8 * 1024 * 1024]);
        huge.Headers.ContentType = new("application/json");
        using var refused = await Http.PostAsync("/api/crawls", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
    }

    [Fact]
    public async Task No_crafted_id_makes_the_crawler_fetch_from_another_host()
    {
        using var bait = new TcpListener(IPAddress.Loopback, 0);
        bait.Start();
        var port = ((IPEndPoint)bait.LocalEndpoint).Port;
        var accepted = 0;
        using var stop = new CancellationTokenSource();
        var listening = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    using var client = await bait.AcceptTcpClientAsync(stop.Token);
                    Interlocked.Increment(ref accepted);
                }
            }
            catch (OperationCanceledException)
            {
            }
        });

        string[] crafted =
        [
            $"http://127.0.0.1:{port}/", $"DOI:10.1234/x@127.0.0.1:{port}", $"DOI:10.1234/x:{port}", $"DOI:10.1234/%2F%2F127.0.0.1:{port}",
            $"arXiv:@127.0.0.1:{port}", $"//127.0.0.1:{port}/paper", $"DOI:10.1234/..%2F..%2F..%2F127.0.0.1:{port}", $"CorpusId:1@127.0.0.1:{port}",
        ];
        foreach (var id in crafted)
        {
            await Http.GetAsync($"/api/papers/{Uri.EscapeDataString(id)}");
            await Http.GetAsync($"/api/papers/{id}");
        }
        // A non-event: no connection may come within half a second; the wait ends early only if one does.
        await Eventually.Until(() => Volatile.Read(ref accepted) != 0, TimeSpan.FromMilliseconds(500));
        stop.Cancel();
        await listening;
        Assert.Equal(0, accepted);
        // Whatever reached the source stayed on the source's own paths.
        Assert.All(host.Simulator.RequestLog.Snapshot(), r => Assert.StartsWith("/graph/v1/paper/", r.Path));
    }

    [Fact]
    public async Task Unknown_ids_leave_no_activations_behind()
    {
        var management = host.Silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        for (var i = 0; i < 300; i++)
            await Http.GetAsync($"/api/papers/arXiv:9{i:D3}.{i:D5}");
        // The activations go once their requests are answered: count until they have.
        var aliases = await Eventually.Last(
            async () => (await management.GetSimpleGrainStatistics())
                .Where(s => s.GrainType.Contains(nameof(IPaperAliasGrain)[1..], StringComparison.Ordinal))
                .Sum(s => s.ActivationCount),
            count => count < 30,
            TimeSpan.FromSeconds(5),
            TimeSpan.FromMilliseconds(100));
        output.WriteLine($"alias activations after 300 unknown ids: {aliases}");
        Assert.True(aliases < 30, $"{aliases} alias activations remain");
    }
}

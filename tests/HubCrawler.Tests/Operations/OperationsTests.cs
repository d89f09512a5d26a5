using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HubCrawler.Tests.Operations;

/// <summary>The operator's view of a running host: the Prometheus endpoint and the dashboard are locked without the key, the
/// named counters move during a crawl, and a lookup is one trace from the HTTP request through the grains to the source.</summary>
public sealed class OperationsTests(OperationsHost host) : IClassFixture<OperationsHost>
{
    [Fact]
    public async Task The_metrics_endpoint_needs_the_key_and_shows_the_crawl_counters_moving()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Silo.Http.GetAsync("/metrics")).StatusCode);
        using (var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics"))
        {
            wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "guess");
            Assert.Equal(HttpStatusCode.Forbidden, (await host.Silo.Http.SendAsync(wrong)).StatusCode);
        }
        var before = await Scrape();

        var seed = host.Simulator.Graph.Papers[30];
        using var start = OperationsHost.Keyed(HttpMethod.Post, "/api/crawls");
        start.Content = JsonContent.Create(new { seeds = new[] { seed.PaperId }, depth = 2, maxPapers = 500 });
        var started = await host.Silo.Http.SendAsync(start);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var done = await CrawlPolling.WaitUntilDone(host.Silo.Http, started.Headers.Location!.ToString(), TimeSpan.FromSeconds(60));
        var discovered = done.GetProperty("discovered").GetInt32();
        // The exporter reads its instruments when scraped; a bearer token is how Prometheus sends a key.
        var after = await Scrape(bearer: true);

        var ok = new[] { ("hubcrawler_source", "semanticscholar"), ("http_response_status_class", "2xx") };
        Assert.True(after.Sum("hubcrawler_source_requests_total", ok) > before.Sum("hubcrawler_source_requests_total", ok), after.Text);
        Assert.True(after.Sum("hubcrawler_source_response_size_bytes_total") > before.Sum("hubcrawler_source_response_size_bytes_total"), after.Text);
        Assert.True(after.Sum("hubcrawler_source_request_duration_seconds_count") > before.Sum("hubcrawler_source_request_duration_seconds_count"), after.Text);
        Assert.True(after.Sum("hubcrawler_papers_visited_total") - before.Sum("hubcrawler_papers_visited_total") >= discovered, after.Text);
        Assert.True(after.Sum("hubcrawler_storage_operations_total", ("hubcrawler_storage_operation", "write")) >
                    before.Sum("hubcrawler_storage_operations_total", ("hubcrawler_storage_operation", "write")), after.Text);
        Assert.True(after.Has("hubcrawler_storage_operation_duration_seconds_bucket"), after.Text);
        Assert.True(after.Has("hubcrawler_frontier_size") && after.Has("hubcrawler_visits_in_flight") && after.Has("hubcrawler_source_pause_remaining_seconds"), after.Text);
        Assert.True(after.Has("hubcrawler_classifier_duration_seconds_count"), after.Text);
        // The Orleans meter is exported beside HubCrawler's.
        Assert.Contains(after.Names, n => n.StartsWith("orleans_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_dashboard_route_is_401_without_the_key_403_with_a_wrong_one_and_answers_with_it()
    {
        var routes = host.Silo.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(p => p.StartsWith("/dashboard", StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.True(routes.Count >= 3, string.Join(", ", routes));
        foreach (var route in routes)
        {
            var path = FillParameters(route);
            var anonymous = await host.Silo.Http.GetAsync(path);
            Assert.True(anonymous.StatusCode == HttpStatusCode.Unauthorized, $"{path}: {anonymous.StatusCode}");
            Assert.Contains("Basic", anonymous.Headers.WwwAuthenticate.ToString());
            using var wrong = new HttpRequestMessage(HttpMethod.Get, path);
            wrong.Headers.Add("X-Api-Key", "guess");
            Assert.True((await host.Silo.Http.SendAsync(wrong)).StatusCode == HttpStatusCode.Forbidden, path);
        }

        // With the key the dashboard's page and its data answer; a browser sends the key as the password of HTTP Basic.
        using var page = new HttpRequestMessage(HttpMethod.Get, "/dashboard/");
        page.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("operator:" + OperationsHost.Key)));
        var html = await host.Silo.Http.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("html", await html.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var answered = 0;
        foreach (var route in routes.Where(r => !r.Contains('{')))
        {
            using var keyed = OperationsHost.Keyed(HttpMethod.Get, route);
            // Headers only: some of the dashboard's routes stream.
            using var response = await host.Silo.Http.SendAsync(keyed, HttpCompletionOption.ResponseHeadersRead);
            Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{route}: {response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.OK) answered++;
        }
        Assert.True(answered >= 2, $"{answered} of {string.Join(", ", routes)} answered 200 with the key");
    }

    [Fact]
    public async Task A_lookup_is_one_trace_from_the_http_request_through_the_grains_to_the_source()
    {
        var paper = host.Simulator.Graph.Papers[77];
        var response = await host.Silo.Http.GetAsync($"/api/papers/{paper.PaperId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var server = await Eventually.Last(
            () => Task.FromResult(host.SpansNow().FirstOrDefault(s => s.Kind == ActivityKind.Server && (s.GetTagItem("url.path") as string) == $"/api/papers/{paper.PaperId}")),
            s => s is not null, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(100));
        Assert.NotNull(server);
        var trace = host.SpansNow().Where(s => s.TraceId == server.TraceId).ToList();
        var described = string.Join("\n", trace.Select(s => $"{s.Source.Name} {s.Kind} {s.DisplayName} {string.Join(",", s.Tags.Select(t => t.Key + "=" + t.Value))}"));
        Assert.Contains(trace, s => s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal) && s.DisplayName.Contains("PaperGrain", StringComparison.Ordinal));
        var sources = trace.Where(s => s.Source.Name == "HubCrawler").ToList();
        Assert.True(sources.Count > 0, described);
        Assert.All(sources, s =>
        {
            Assert.Equal("semanticscholar", s.GetTagItem("hubcrawler.source"));
            Assert.Equal("ok", s.GetTagItem("hubcrawler.outcome"));
            var path = Assert.IsType<string>(s.GetTagItem("url.path"));
            Assert.StartsWith("/graph/v1/", path);
            Assert.DoesNotContain("?", path);
        });
    }

    private async Task<PrometheusText> Scrape(bool bearer = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (bearer) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", OperationsHost.Key);
        else request.Headers.Add("X-Api-Key", OperationsHost.Key);
        var response = await host.Silo.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        return new PrometheusText(await response.Content.ReadAsStringAsync());
    }

    private static string FillParameters(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", "1");
}

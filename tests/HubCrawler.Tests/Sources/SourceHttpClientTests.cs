using System.Collections.Concurrent;
using HubCrawler.Sources;
using HubCrawler.Sources.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HubCrawler.Tests.Sources;

/// <summary>In a host, the fetch pipeline sends with the factory's named client, so a handler the host adds to that
/// client sees every request, with the crawler's User-Agent, and the allow-list still applies.</summary>
public sealed class SourceHttpClientTests : IAsyncLifetime
{
    private SimulatorServer _simulator = null!;

    public async Task InitializeAsync() =>
        _simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 20, Seed = 5, HeavyPaperCitations = 0 }));

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    [Fact]
    public async Task The_pipeline_sends_through_the_hosts_named_client()
    {
        var seen = new ConcurrentQueue<HttpRequestMessage>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(CrawlerSettings.For(_simulator.SemanticScholarBaseUrl)).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddHubCrawlerSources(configuration);
        services.AddHttpClient(SourceHttpClient.Name).AddHttpMessageHandler(() => new Recording(seen));
        await using var provider = services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<FetchPipeline>();

        var paper = _simulator.Graph.Papers[1].PaperId;
        var response = await pipeline.GetAsync(new FetchRequest(new Uri($"{_simulator.SemanticScholarBaseUrl}/paper/{paper}?fields=title")));

        Assert.Equal(200, response.Status);
        var request = Assert.Single(seen);
        Assert.Equal("HubCrawler-Tests/1.0", request.Headers.UserAgent.ToString());
        Assert.Equal(new Uri($"{_simulator.SemanticScholarBaseUrl}/paper/{paper}?fields=title"), request.RequestUri);
        await Assert.ThrowsAsync<ForbiddenHostException>(() => pipeline.GetAsync(new FetchRequest(new Uri("http://127.0.0.1:9/elsewhere"))));
        Assert.Single(seen);
    }

    private sealed class Recording(ConcurrentQueue<HttpRequestMessage> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Enqueue(request);
            return base.SendAsync(request, cancellationToken);
        }
    }
}

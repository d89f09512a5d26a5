using HubCrawler.Sources.Fetching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sim = HubCrawler.Simulator;

namespace HubCrawler.Tests.Sources;

/// <summary>A source that meters a daily budget (OpenAlex): when it says the budget is spent, its host is paused until
/// the budget renews, with that reason, and nothing more is sent to it meanwhile.</summary>
public sealed class SpentBudgetTests : IAsyncLifetime
{
    private Sim.SimulatorServer _simulator = null!;

    public async Task InitializeAsync() =>
        _simulator = await Sim.SimulatorServer.StartAsync(Sim.SyntheticGraph.Build(new Sim.SyntheticGraphOptions { Papers = 100, Seed = 13, HeavyPaperCitations = 0 }));

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    private FetchPipeline Pipeline()
    {
        var pipeline = new FetchPipeline(Options.Create(new FetchOptions { MaxAttempts = 2, UserAgent = "HubCrawler-Tests/1.0 (+budget)" }), TimeProvider.System, NullLogger<FetchPipeline>.Instance);
        pipeline.RegisterHost(new Uri(_simulator.OpenAlexBaseUrl), new HostLimits(4, 0));
        return pipeline;
    }

    private Uri List(int paper) => new($"{_simulator.OpenAlexBaseUrl}/works?filter=cites:{_simulator.Graph.Papers[paper].OpenAlexId}&per-page=100&cursor=*");

    [Fact]
    public async Task The_last_credit_of_the_day_pauses_the_host_until_the_budget_renews()
    {
        _simulator.Faults.OpenAlexDailyBudget = 1;
        var pipeline = Pipeline();

        var last = await pipeline.GetAsync(new FetchRequest(List(1)));
        Assert.Equal(200, last.Status);
        Assert.Null(last.Throttle);

        var held = await pipeline.GetAsync(new FetchRequest(List(2)));
        Assert.Equal(0, held.Attempts);
        Assert.NotNull(held.Throttle);
        Assert.Contains("budget spent", held.Throttle.Reason);
        Assert.True(held.Throttle.Until > DateTimeOffset.UtcNow.AddMinutes(-1), $"paused until {held.Throttle.Until}");
        Assert.Single(_simulator.RequestLog.Snapshot(), r => r.Path.StartsWith("/openalex/works", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_spent_budget_answered_429_pauses_the_host_until_its_Retry_After()
    {
        _simulator.Faults.OpenAlexDailyBudget = 0;
        var pipeline = Pipeline();

        var refused = await pipeline.GetAsync(new FetchRequest(List(3)));
        Assert.Equal(429, refused.Status);
        Assert.NotNull(refused.Throttle);
        // The simulator's Retry-After runs to midnight UTC, as OpenAlex's budget does: hours, or seconds just before midnight.
        Assert.Contains("429 with Retry-After", refused.Throttle.Reason);
        Assert.True(refused.Throttle.Until > DateTimeOffset.UtcNow);
        Assert.Equal(refused.Throttle.Until, pipeline.BlockedUntil(new Uri(_simulator.OpenAlexBaseUrl).Authority));
    }
}

using HubCrawler.Sources.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace HubCrawler.Tests.Operations;

/// <summary><c>/ready</c> lists its checks, and a paused source makes the host degraded (still ready) saying until when and why.</summary>
public sealed class ReadinessTests() : SimulatedSilo(new SyntheticGraphOptions { Papers = 20, Seed = 5, HeavyPaperCitations = 0 })
{
    [Fact]
    public async Task A_paused_source_makes_the_host_degraded_and_says_until_when_and_why()
    {
        var ready = await Ready();
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal("healthy", Check(ready, "cluster").GetProperty("status").GetString());
        Assert.Equal("healthy", Check(ready, "source:semanticscholar").GetProperty("status").GetString());

        // What a 429 without Retry-After does to the host's gate, told to this silo as another silo would tell it.
        var host = new Uri(Simulator.SemanticScholarBaseUrl).Authority;
        var until = DateTimeOffset.UtcNow.AddMinutes(10);
        Silo.Services.GetRequiredService<FetchPipeline>().BlockHost(host, until, "429 without Retry-After");

        var degraded = await Ready();
        Assert.Equal("degraded", degraded.GetProperty("status").GetString());
        var source = Check(degraded, "source:semanticscholar");
        Assert.Equal("degraded", source.GetProperty("status").GetString());
        var description = source.GetProperty("description").GetString()!;
        Assert.Contains($"{host} paused until {until.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC", description);
        Assert.Contains("429 without Retry-After", description);
        Assert.Equal("healthy", Check(degraded, "cluster").GetProperty("status").GetString());
    }

    private async Task<JsonElement> Ready()
    {
        var response = await Silo.Http.GetAsync("/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Check(JsonElement ready, string name) =>
        ready.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
}

using Microsoft.Extensions.DependencyInjection;

namespace HubCrawler.Tests.Watches;

/// <summary>Watches in Azure storage (a real Azurite: blob grain state, table reminders) outlive the silo: a second silo over
/// the same storage runs the watch's reminder, finds the citations that came while no silo ran, and stops it on delete.</summary>
public sealed class WatchRestartTests : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;
    private SimulatorServer _simulator = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        _simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 300, Seed = 53, HeavyPaperCitations = 0 }));
    }

    public async Task DisposeAsync()
    {
        await _simulator.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task A_watch_survives_a_silo_restart_and_its_reminder_keeps_checking_until_it_is_deleted()
    {
        var next = 10;
        var paper = GrowingPaper.Pick(_simulator, 2, ref next);
        var settings = SiloHost.Settings(_simulator.SemanticScholarBaseUrl, "AzureBlob", _azurite.ConnectionString);
        foreach (var (key, value) in WatchSettings.Fast()) settings[key] = value;
        string watchId;
        await using (var silo = await SiloHost.StartAsync(settings))
        {
            var created = await silo.Http.PostAsJsonAsync("/api/watches", new { paperId = paper.Paper.PaperId, every = "2s" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            watchId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("watchId").GetString()!;
        }

        // New citing papers while no silo runs.
        _simulator.Revisions.Release(paper.Paper.Index, 2);
        await using (var silo = await SiloHost.StartAsync(WithNewPorts(settings)))
        {
            var watch = await Eventually.Holds(() => silo.Http.GetFromJsonAsync<JsonElement>($"/api/watches/{watchId}"),
                w => w.GetProperty("checks").GetInt32() >= 1 && w.GetProperty("lastCheckNew").GetInt32() == 2, TimeSpan.FromSeconds(60));
            Assert.Equal(paper.Paper.PaperId, watch.GetProperty("paperId").GetString());
            var feed = await AtomParser.Parse(await silo.Http.GetByteArrayAsync($"/papers/{paper.Paper.PaperId}/feed.atom"));
            Assert.Equal(paper.HeldBack.Select(c => $"urn:hubcrawler:citation:{paper.Paper.PaperId}:{c}").Order(),
                feed.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order());

            Assert.Equal(HttpStatusCode.OK, (await silo.Http.DeleteAsync($"/api/watches/{watchId}")).StatusCode);
            var grains = silo.Services.GetRequiredService<IGrainFactory>();
            var reminders = silo.Services.GetRequiredService<IReminderTable>();
            Assert.Empty((await reminders.ReadRows(grains.GetGrain<HubCrawler.Abstractions.IWatchGrain>(watchId).GetGrainId())).Reminders);
            Assert.Empty((await silo.Http.GetFromJsonAsync<JsonElement>("/api/watches")).GetProperty("items").EnumerateArray());
        }

        // And after another restart it is still gone, its feed still there.
        await using (var silo = await SiloHost.StartAsync(WithNewPorts(settings)))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await silo.Http.GetAsync($"/api/watches/{watchId}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await silo.Http.GetAsync($"/papers/{paper.Paper.PaperId}/feed.atom")).StatusCode);
        }
    }

    private static Dictionary<string, string?> WithNewPorts(Dictionary<string, string?> settings) => new(settings)
    {
        ["Orleans:SiloPort"] = FreePort.Next().ToString(),
        ["Orleans:GatewayPort"] = FreePort.Next().ToString(),
    };
}

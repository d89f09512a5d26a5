namespace HubCrawler.Tests.Cluster;

/// <summary>A local cluster of real silo processes (Azure Table clustering and blob storage on one
/// Azurite) crawling the simulator. The graph size comes from HUBCRAWLER_SCENARIO_PAPERS (default
/// 3,000 so CI stays short; the full scenario is 20,000).</summary>
public sealed class ClusterScenario : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly List<SiloProcess> _silos = [];

    private ClusterScenario(AzuriteServer azurite, SimulatorServer simulator, Dictionary<string, string?> settings)
    {
        Azurite = azurite;
        Simulator = simulator;
        _settings = settings;
    }

    public AzuriteServer Azurite { get; }
    public SimulatorServer Simulator { get; }
    public IReadOnlyList<SiloProcess> Silos => _silos;
    public static int Papers => int.TryParse(Environment.GetEnvironmentVariable("HUBCRAWLER_SCENARIO_PAPERS"), out var n) ? n : 3000;

    public static async Task<ClusterScenario> StartAsync(int silos)
    {
        var azurite = await AzuriteServer.StartAsync();
        var simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = Papers, Seed = 31, HeavyPaperCitations = 0 }));
        var settings = CrawlerSettings.For(simulator.SemanticScholarBaseUrl);
        settings["Orleans:Membership"] = "AzureTable";
        settings["Orleans:ClusterId"] = "scenario-" + Guid.NewGuid().ToString("N")[..8];
        settings["Storage:Provider"] = "AzureBlob";
        settings["Storage:ConnectionString"] = azurite.ConnectionString;
        settings["Orleans:IAmAlivePeriod"] = "00:00:05";
        settings["Crawl:CheckpointInterval"] = "00:00:01";
        settings["Logging:LogLevel:Default"] = "Warning";
        var scenario = new ClusterScenario(azurite, simulator, settings);
        try
        {
            await scenario.StartSilos(silos);
            return scenario;
        }
        catch
        {
            await scenario.DisposeAsync();
            throw;
        }
    }

    public async Task StartSilos(int count)
    {
        for (var i = 0; i < count; i++)
        {
            // A free port can be taken by another process before the silo binds it; then try other ports.
            for (var attempt = 1; ; attempt++)
            {
                var settings = new Dictionary<string, string?>(_settings)
                {
                    ["Orleans:SiloPort"] = FreePort.Next().ToString(),
                    ["Orleans:GatewayPort"] = FreePort.Next().ToString(),
                };
                try
                {
                    _silos.Add(await SiloProcess.StartAsync(settings));
                    break;
                }
                catch (InvalidOperationException) when (attempt < 3)
                {
                }
            }
        }
    }

    public async Task KillAll()
    {
        foreach (var silo in _silos) await silo.DisposeAsync();
        _silos.Clear();
    }

    /// <summary>The crawl every scenario runs: from the three oldest papers, deep enough to reach nearly all.</summary>
    public static object CrawlRequest(SyntheticGraph graph) =>
        new { seeds = new[] { 0, 1, 2 }.Select(i => graph.Papers[i].PaperId).ToArray(), depth = 6, maxPapers = 1_000_000 };

    public IReadOnlySet<int> Expected() => Simulator.Graph.Reachable([0, 1, 2], 6);

    /// <summary>The silos' last log lines, for a failing test's output.</summary>
    public string Logs(int lines = 40) =>
        string.Join("\n", _silos.Select((silo, i) => $"--- silo {i} ---\n" + string.Join("\n", silo.Output.TakeLast(lines))));

    public async ValueTask DisposeAsync()
    {
        await KillAll();
        await Simulator.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

namespace HubCrawler.Tests.Infrastructure;

/// <summary>The plumbing of the simulator's own tests: a simulator of the sources on a graph built once per test class
/// (xunit makes an instance per test, each with its own simulator and faults) and an HTTP client to read it.</summary>
public abstract class SimulatorOverHttp(Lazy<SyntheticGraph> graph) : IAsyncLifetime
{
    protected HttpClient Http { get; } = new();
    protected SimulatorServer Server { get; private set; } = null!;
    protected SyntheticGraph Graph => Server.Graph;
    protected string BaseUrl => Server.SemanticScholarBaseUrl;

    public virtual async Task InitializeAsync() => Server = await SimulatorServer.StartAsync(graph.Value, CreateFaults());

    /// <summary>The simulator's faults (on a test's fake clock, say); null for the defaults.</summary>
    protected virtual SimulatorFaults? CreateFaults() => null;

    /// <summary>The body of <paramref name="response"/> as JSON.</summary>
    protected static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}

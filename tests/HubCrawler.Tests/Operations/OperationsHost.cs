using System.Diagnostics;
using HubCrawler.Simulator;
using HubCrawler.Tests.Infrastructure;
using OpenTelemetry.Trace;

namespace HubCrawler.Tests.Operations;

/// <summary>The single-machine host as an operator runs it: an API key, the dashboard on, traces recorded into memory.</summary>
public sealed class OperationsHost : IAsyncLifetime
{
    public const string Key = "ops-k3y";

    public SimulatorServer Simulator { get; private set; } = null!;
    public SiloHost Silo { get; private set; } = null!;

    /// <summary>Every span the host finished, as the in-memory exporter got it.</summary>
    public List<Activity> Spans { get; } = [];

    public async Task InitializeAsync()
    {
        Simulator = await SimulatorServer.StartAsync(SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 120, Seed = 61, HeavyPaperCitations = 0 }));
        var settings = SiloHost.Settings(Simulator.SemanticScholarBaseUrl, "Memory");
        settings["Api:Key"] = Key;
        settings["Operations:Dashboard"] = "true";
        settings["Operations:Tracing"] = "true";
        Silo = await SiloHost.StartAsync(settings, builder =>
            builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));
    }

    public static HttpRequestMessage Keyed(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Api-Key", Key);
        return request;
    }

    /// <summary>The spans finished so far (the exporter adds from the threads that end them).</summary>
    // ToArray copies without the enumerator's version check, so a span added meanwhile is missed, not an error.
    public List<Activity> SpansNow() => Spans.ToArray().ToList();

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}

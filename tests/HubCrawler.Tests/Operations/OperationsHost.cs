using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using OpenTelemetry.Trace;

namespace HubCrawler.Tests.Operations;

/// <summary>The single-machine host as an operator runs it: an API key, the dashboard on, traces recorded into memory.</summary>
public sealed class OperationsHost() : SimulatedSilo(new SyntheticGraphOptions { Papers = 120, Seed = 61, HeavyPaperCitations = 0 })
{
    public const string Key = "ops-k3y";

    /// <summary>Every span the host finished, as the in-memory exporter got it.</summary>
    public List<Activity> Spans { get; } = [];

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings(SimulatorServer simulator) => new Dictionary<string, string?>
    {
        ["Api:Key"] = Key,
        ["Operations:Dashboard"] = "true",
        ["Operations:Tracing"] = "true",
    };

    protected override void Configure(WebApplicationBuilder builder) =>
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));

    public static HttpRequestMessage Keyed(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Api-Key", Key);
        return request;
    }

    /// <summary>The spans finished so far (the exporter adds from the threads that end them).</summary>
    // ToArray copies without the enumerator's version check, so a span added meanwhile is missed, not an error.
    public List<Activity> SpansNow() => Spans.ToArray().ToList();
}

using HubCrawler.ApiHost;
using Microsoft.AspNetCore.Builder;

namespace HubCrawler.Tests.Api;

/// <summary>The API front end (HubCrawler.ApiHost) started in this process as an Orleans client of a
/// running silo's gateway, serving real HTTP on a free port.</summary>
public sealed class ClientFrontEnd : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ClientFrontEnd(WebApplication app, Uri address)
    {
        _app = app;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Http { get; }

    /// <summary>Connects to the cluster of a silo started with <paramref name="siloSettings"/> (same gateway port and cluster id).</summary>
    public static async Task<ClientFrontEnd> StartAsync(IDictionary<string, string?> siloSettings)
    {
        var args = new[]
        {
            "--urls=http://127.0.0.1:0",
            $"--Orleans:GatewayPort={siloSettings["Orleans:GatewayPort"]}",
            $"--Orleans:ClusterId={siloSettings["Orleans:ClusterId"]}",
            "--Logging:LogLevel:Default=Warning",
        };
        var app = HubCrawlerApiHost.Build(args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await app.StartAsync(timeout.Token);
        return new ClientFrontEnd(app, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}

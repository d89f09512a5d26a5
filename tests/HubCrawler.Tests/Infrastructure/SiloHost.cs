using HubCrawler.Silo;
using Microsoft.AspNetCore.Builder;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>The real single-machine host (silo + API) started in this process on free ports, serving real HTTP.</summary>
public sealed class SiloHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiloHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }
    public HttpClient Http { get; }
    public IServiceProvider Services => _app.Services;

    /// <param name="configure">Runs on the host's builder before it is built (a test's own exporter, say).</param>
    public static async Task<SiloHost> StartAsync(IDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure = null)
    {
        var args = settings.Select(s => $"--{s.Key}={s.Value}").Append("--urls=http://127.0.0.1:0").ToArray();
        var app = HubCrawlerSiloHost.Build(args, configure);
        await app.StartAsync();
        return new SiloHost(app, new Uri(app.Urls.First()));
    }

    /// <summary>Settings for a silo on free ports against the given source, with the given storage.</summary>
    public static Dictionary<string, string?> Settings(string semanticScholarBaseUrl, string storageProvider, string? connectionString = null)
    {
        var settings = CrawlerSettings.For(semanticScholarBaseUrl);
        settings["Storage:Provider"] = storageProvider;
        if (connectionString is not null) settings["Storage:ConnectionString"] = connectionString;
        settings["Orleans:SiloPort"] = FreePort.Next().ToString();
        settings["Orleans:GatewayPort"] = FreePort.Next().ToString();
        settings["Orleans:ClusterId"] = "test-" + Guid.NewGuid().ToString("N")[..8];
        settings["Logging:LogLevel:Default"] = "Warning";
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

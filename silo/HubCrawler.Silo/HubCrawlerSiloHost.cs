using HubCrawler.Api;

namespace HubCrawler.Silo;

/// <summary>The single-machine host: an Orleans silo with the HTTP API in the same process.</summary>
public static class HubCrawlerSiloHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.UseOrleans(silo => silo.ConfigureHubCrawlerSilo(builder.Configuration));
        builder.Services.AddHubCrawlerApi();
        var app = builder.Build();
        app.UseHubCrawlerApi();
        return app;
    }
}

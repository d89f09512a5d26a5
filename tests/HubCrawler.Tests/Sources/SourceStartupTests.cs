using HubCrawler.Sources;
using HubCrawler.Sources.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HubCrawler.Tests.Sources;

/// <summary>The sources are checked and their hosts admitted when the host starts, not when the first paper is fetched.</summary>
public sealed class SourceStartupTests
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddHubCrawlerSources(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task An_unknown_source_in_Sources_Enabled_stops_the_start_and_names_the_known_ones()
    {
        using var host = Build(new() { ["Sources:Enabled"] = "semanticscholar, crossref" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Sources:Enabled names an unknown source 'crossref'; use semanticscholar, openalex, arxiv, hub, opencitations.", error.Failures);
    }

    [Fact]
    public async Task An_empty_Sources_Enabled_stops_the_start()
    {
        using var host = Build(new() { ["Sources:Enabled"] = " , " });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Sources:Enabled names no source.", error.Failures);
    }

    [Fact]
    public async Task An_enabled_source_without_a_usable_endpoint_stops_the_start_with_every_reason()
    {
        using var host = Build(new()
        {
            ["Sources:Enabled"] = "hub,openalex,arxiv",
            ["Sources:OpenAlex:BaseUrl"] = "ftp://example.org",
            ["Sources:Arxiv:MaxConcurrency"] = "0",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(
        [
            "Sources:Hub:BaseUrl '' is not an absolute http(s) URL; the source needs one.",
            "Sources:OpenAlex:BaseUrl 'ftp://example.org' is not an absolute http(s) URL; the source needs one.",
            "Sources:Arxiv:MaxConcurrency must be at least 1; it is 0.",
        ], error.Failures);
    }

    [Fact]
    public async Task The_enabled_sources_hosts_are_the_allow_list_from_the_start_and_a_disabled_sources_settings_are_not_checked()
    {
        using var host = Build(new()
        {
            ["Sources:Enabled"] = "openalex,opencitations",
            ["Sources:OpenAlex:BaseUrl"] = "http://127.0.0.1:5901/openalex/",
            ["Sources:OpenCitations:BaseUrl"] = "http://127.0.0.1:5902/index/v2",
            ["Sources:Hub:BaseUrl"] = "not a url",
        });

        await host.StartAsync();
        var pipeline = host.Services.GetRequiredService<FetchPipeline>();

        Assert.Equal(["127.0.0.1:5901", "127.0.0.1:5902"], pipeline.Hosts.Order());
        Assert.Equal("openalex", pipeline.SourceOf("127.0.0.1:5901"));
        await Assert.ThrowsAsync<ForbiddenHostException>(() => pipeline.GetAsync(new FetchRequest(new Uri("http://127.0.0.1:5903/elsewhere"))));
        Assert.Equal(["openalex", "opencitations"], host.Services.GetRequiredService<PaperSources>().All.Select(s => s.Name));
        await host.StopAsync();
    }
}

using HubCrawler.Sources;
using HubCrawler.Sources.Fetching;
using Microsoft.Extensions.Options;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>A host admits its enabled sources' hosts to the fetch pipeline at startup; a test that builds a source by
/// hand admits its host the same way.</summary>
internal static class PipelineAdmission
{
    public static IOptions<T> Admit<T>(this FetchPipeline pipeline, string section, IOptions<T> options) where T : class, ISourceEndpointOptions
    {
        pipeline.RegisterHost(SourceEndpoint.Of(section, options.Value));
        return options;
    }
}

using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace HubCrawler.Api.OpenApi;

/// <summary>Moves endpoints marked with <see cref="OpenApiPathOverride"/> to their documented path,
/// after the framework has described them.</summary>
internal sealed class OpenApiPathOverrideProvider : IApiDescriptionProvider
{
    // After the minimal API description provider (-1100), so the descriptions exist when it runs.
    public int Order => 0;

    public void OnProvidersExecuting(ApiDescriptionProviderContext context)
    {
    }

    public void OnProvidersExecuted(ApiDescriptionProviderContext context)
    {
        foreach (var description in context.Results)
            if (description.ActionDescriptor.EndpointMetadata.OfType<OpenApiPathOverride>().LastOrDefault() is { } path)
                description.RelativePath = path.RelativePath;
    }
}

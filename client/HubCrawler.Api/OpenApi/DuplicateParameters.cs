using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HubCrawler.Api.OpenApi;

/// <summary>A parameter both bound by the framework and described by hand appears twice; linters reject repeats of
/// the same name and location, so the described one is kept.</summary>
internal static class DuplicateParameters
{
    public static Task Remove(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Parameters is not { Count: > 1 } parameters)
            return Task.CompletedTask;
        var kept = parameters
            .GroupBy(p => (p.Name, p.In))
            .Select(group => group.FirstOrDefault(p => !string.IsNullOrEmpty(p.Description)) ?? group.First())
            .ToList();
        if (kept.Count < parameters.Count)
        {
            parameters.Clear();
            foreach (var parameter in kept) parameters.Add(parameter);
        }
        return Task.CompletedTask;
    }
}

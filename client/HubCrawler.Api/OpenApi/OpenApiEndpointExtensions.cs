namespace HubCrawler.Api.OpenApi;

/// <summary>Documentation conventions for endpoints whose shape the framework cannot infer.</summary>
internal static class OpenApiEndpointExtensions
{
    /// <summary>Publishes the endpoint in the OpenAPI document under another path than its route
    /// template (for a catch-all route that serves a sub-resource by suffix).</summary>
    public static RouteHandlerBuilder WithOpenApiPath(this RouteHandlerBuilder endpoint, string relativePath) =>
        endpoint.WithMetadata(new OpenApiPathOverride(relativePath));

    /// <summary>Documents the RFC 9457 problem answers the endpoint can give.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder endpoint, params int[] statusCodes)
    {
        foreach (var status in statusCodes) endpoint.ProducesProblem(status);
        return endpoint;
    }
}

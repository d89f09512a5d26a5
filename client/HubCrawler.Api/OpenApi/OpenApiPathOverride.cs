namespace HubCrawler.Api.OpenApi;

/// <summary>Endpoint metadata: the relative path (no leading slash) under which the OpenAPI document lists the endpoint.</summary>
/// <param name="RelativePath">e.g. "api/papers/{id}/citations".</param>
internal sealed record OpenApiPathOverride(string RelativePath);

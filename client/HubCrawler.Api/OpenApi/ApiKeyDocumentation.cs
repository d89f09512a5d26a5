using HubCrawler.Api.Security;
using Microsoft.OpenApi;

namespace HubCrawler.Api.OpenApi;

/// <summary>The <c>X-Api-Key</c> security scheme in the OpenAPI document, so generated clients and <c>/docs</c> can send the key.</summary>
internal static class ApiKeyDocumentation
{
    public const string SchemeName = "ApiKey";

    /// <summary>Declares the scheme in the document's components, and open access at the root.</summary>
    public static void DeclareScheme(OpenApiDocument document)
    {
        // Reads are open: the empty requirement says so at the root; keyed operations override it with the key.
        document.Security = [new OpenApiSecurityRequirement()];
        document.AddComponent<IOpenApiSecurityScheme>(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyFilter.Header,
            Description = "The server's API key (Api:Key). When the server has no key configured, clients on the server itself need none.",
        });
    }

    /// <summary>Marks one operation as needing the key.</summary>
    public static void Require(OpenApiOperation operation, OpenApiDocument? document)
    {
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
    }
}

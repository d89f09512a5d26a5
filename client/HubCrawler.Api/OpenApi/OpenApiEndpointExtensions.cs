using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace HubCrawler.Api.OpenApi;

/// <summary>Documentation conventions for endpoints whose shape the framework cannot infer.</summary>
internal static class OpenApiEndpointExtensions
{
    /// <summary>Adds query parameters to the endpoint's OpenAPI operation.</summary>
    public static RouteHandlerBuilder WithQueryParameters(this RouteHandlerBuilder endpoint, params QueryParameterDoc[] parameters) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var parameter in parameters)
            {
                var schema = new OpenApiSchema
                {
                    Type = parameter.Type switch
                    {
                        "integer" => JsonSchemaType.Integer,
                        "boolean" => JsonSchemaType.Boolean,
                        _ => JsonSchemaType.String,
                    },
                };
                if (parameter.Type == "integer") schema.Format = "int32";
                if (parameter.Values is { } values) schema.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = parameter.Name,
                    In = ParameterLocation.Query,
                    Required = false,
                    Description = parameter.Description,
                    Schema = schema,
                });
            }
            return Task.CompletedTask;
        });

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

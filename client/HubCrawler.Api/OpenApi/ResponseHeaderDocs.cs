using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HubCrawler.Api.OpenApi;

/// <summary>The response headers clients act on: <c>Location</c> on 202 (the accepted job's URL) and
/// <c>Retry-After</c> on 429 (seconds to wait).</summary>
internal static class ResponseHeaderDocs
{
    public static Task Apply(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Responses is not { } responses)
            return Task.CompletedTask;
        Declare(responses, "202", "Location", "The URL of the accepted job; poll it or follow its /events.", JsonSchemaType.String);
        Declare(responses, "429", "Retry-After", "Seconds to wait before trying again.", JsonSchemaType.Integer);
        return Task.CompletedTask;
    }

    private static void Declare(OpenApiResponses responses, string status, string header, string description, JsonSchemaType type)
    {
        if (!responses.TryGetValue(status, out var response) || response is not OpenApiResponse concrete)
            return;
        concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
        concrete.Headers[header] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type } };
    }
}

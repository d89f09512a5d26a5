using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HubCrawler.Api.Endpoints;

/// <summary>Reads a JSON request body within a size limit: 415 when it is not JSON, 413 when it is too large (by its
/// Content-Length, or cut off by the server at the same size when it has none), 400 when it does not parse or is empty.</summary>
internal static class JsonRequestBody
{
    /// <param name="noun">What the body asks for, for the messages ("crawl": "Send the crawl as JSON", "not a crawl request").</param>
    /// <param name="tooLarge">The 413 problem, which says what a valid body holds.</param>
    /// <param name="example">A minimal valid body, named when the body is empty.</param>
    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, long maxBytes, string noun,
        Func<ProblemHttpResult> tooLarge, string example) where T : class
    {
        if (!request.HasJsonContentType())
            return (null, TypedResults.Problem($"Send the {noun} as JSON (Content-Type: application/json).",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        if (request.ContentLength > maxBytes) return (null, tooLarge());
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        try
        {
            return await request.ReadFromJsonAsync<T>() is { } body
                ? (body, null)
                : (null, ApiProblems.BadRequest($"The body is empty; send {example}."));
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.BadRequest($"The body is not a {noun} request: {e.Message}"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, tooLarge());
        }
    }
}

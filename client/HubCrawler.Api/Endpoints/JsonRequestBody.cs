using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HubCrawler.Api.Endpoints;

/// <summary>Reads a JSON request body within a size limit: 415 when it is not JSON, 413 when it is too large (by its
/// Content-Length, or by what was read when it has none), 400 when it does not parse or is empty.</summary>
internal static class JsonRequestBody
{
    /// <summary>A body up to this much past the limit is read to its end before the 413 goes out. A server that answers
    /// and closes while the client is still sending resets the connection, and the client sees a broken pipe instead
    /// of the answer; a larger body is cut off all the same.</summary>
    private const long DrainBytes = 8 * 1024 * 1024;

    /// <param name="noun">What the body asks for, for the messages ("crawl": "Send the crawl as JSON", "not a crawl request").</param>
    /// <param name="tooLarge">The 413 problem, which says what a valid body holds.</param>
    /// <param name="example">A minimal valid body, named when the body is empty.</param>
    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, long maxBytes, string noun,
        Func<ProblemHttpResult> tooLarge, string example) where T : class
    {
        if (!request.HasJsonContentType())
            return (null, TypedResults.Problem($"Send the {noun} as JSON (Content-Type: application/json).",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        if (request.ContentLength > maxBytes + DrainBytes) return (null, tooLarge());
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBytes + DrainBytes;
        var cancellationToken = request.HttpContext.RequestAborted;
        try
        {
            if (request.ContentLength > maxBytes || await BufferWithinAsync(request, maxBytes, cancellationToken) is false)
            {
                await request.Body.CopyToAsync(Stream.Null, cancellationToken);
                return (null, tooLarge());
            }
            return await request.ReadFromJsonAsync<T>(cancellationToken) is { } body
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

    /// <summary>Reads the body into memory if it is at most <paramref name="maxBytes"/> long, and puts the copy in its
    /// place; false, with the rest unread, when it is longer.</summary>
    private static async Task<bool> BufferWithinAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return false;
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        request.HttpContext.Response.RegisterForDispose(buffer);
        request.Body = buffer;
        return true;
    }
}

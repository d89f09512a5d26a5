namespace HubCrawler.Simulator;

/// <summary>Writes a whole response body at once, with its length.</summary>
internal static class SimResponse
{
    /// <summary>Media type of every HTML answer.</summary>
    public const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary>Media type of every JSON answer.</summary>
    public const string JsonContentType = "application/json";

    /// <summary>Sends <paramref name="body"/> with the given status and content type.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string contentType, ReadOnlyMemory<byte> body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }
}

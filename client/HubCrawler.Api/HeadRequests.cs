namespace HubCrawler.Api;

/// <summary><c>HEAD</c> answers like <c>GET</c> without a body (RFC 9110 §9.3.2), for link checkers and monitors, without
/// doubling every GET endpoint (and its OpenAPI operation) with a HEAD one.</summary>
internal static class HeadRequests
{
    /// <summary>Call before routing, so HEAD requests are matched to the GET endpoints.</summary>
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }
            context.Request.Method = HttpMethods.Get;
            // Kestrel keeps the method it parsed, so it still sends no body (and keeps Content-Length).
            await next(context);
            context.Request.Method = HttpMethods.Head;
        });
        return app;
    }
}

using System.Diagnostics;

namespace HubCrawler.Sources.Telemetry;

/// <summary>HubCrawler's own spans (activity source <see cref="TelemetryNames.ActivitySource"/>). A source request is a
/// client span under whatever grain call made it, so a lookup is one trace from the HTTP request to the sources.</summary>
public static class CrawlerActivities
{
    public static readonly ActivitySource Source = new(TelemetryNames.ActivitySource, "1.0");

    /// <summary>Starts the span of one request to a source; null when nobody listens. Only the URL's path is recorded:
    /// query strings can carry keys (OpenAlex takes its key as <c>api_key</c>).</summary>
    public static Activity? StartSourceRequest(string source, HttpMethod method, Uri url)
    {
        var activity = Source.StartActivity($"{source} {method.Method}", ActivityKind.Client);
        if (activity is null) return null;
        activity.SetTag("hubcrawler.source", source);
        activity.SetTag("http.request.method", method.Method);
        activity.SetTag("server.address", url.Host);
        activity.SetTag("server.port", url.Port);
        activity.SetTag("url.path", url.AbsolutePath);
        return activity;
    }

    /// <summary>Ends the span with the request's outcome: "ok", "not-modified", "throttled", "paused", "http-error", "transport-error".</summary>
    public static void Outcome(Activity? activity, int status, int attempts, string outcome)
    {
        if (activity is null) return;
        if (status > 0) activity.SetTag("http.response.status_code", status);
        activity.SetTag("hubcrawler.attempts", attempts);
        activity.SetTag("hubcrawler.outcome", outcome);
        if (outcome is "http-error" or "transport-error") activity.SetStatus(ActivityStatusCode.Error, outcome);
    }
}

using Microsoft.Extensions.Logging;

namespace HubCrawler.Api;

/// <summary>What the API logs, as source-generated messages.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness check failed: {Failed}")]
    public static partial void NotReady(this ILogger logger, string failed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl {JobId} events: the cluster did not answer ({Error}); asking again")]
    public static partial void EventsClusterSilent(this ILogger logger, string jobId, string error);
}

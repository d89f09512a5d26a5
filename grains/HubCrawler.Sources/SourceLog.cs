using Microsoft.Extensions.Logging;

namespace HubCrawler.Sources;

/// <summary>What the sources, the fetch pipeline and the document cache log, as source-generated messages.</summary>
internal static partial class SourceLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Host} answered {Status}: {Reason}; pausing it until {Until}")]
    public static partial void HostPaused(this ILogger logger, string host, int status, string reason, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} Semantic Scholar papers failed")]
    public static partial void BatchFailed(this ILogger logger, Exception error, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "A batch of {Count} Semantic Scholar papers answered {Status}; asking in two halves")]
    public static partial void BatchSplit(this ILogger logger, int count, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document cache unreachable ({Error}); reading {Url} from the source")]
    public static partial void CacheUnreachableOnRead(this ILogger logger, string error, Uri url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document cache unreachable ({Error}); {Url} not cached")]
    public static partial void CacheUnreachableOnWrite(this ILogger logger, string error, Uri url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document cache unreachable ({Error}); {Url} not refreshed")]
    public static partial void CacheUnreachableOnRefresh(this ILogger logger, string error, Uri url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Url}: the source failed ({Status} {Error}); serving the copy validated at {ValidatedAt}")]
    public static partial void ServingStaleCopy(this ILogger logger, Uri url, int status, string? error, DateTimeOffset validatedAt);
}

namespace HubCrawler.Silo;

/// <summary>What the silo host logs, as source-generated messages.</summary>
internal static partial class SiloLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Evicted {Count} cached documents older than {MaxAge}")]
    public static partial void CacheEvicted(this ILogger logger, int count, TimeSpan maxAge);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache eviction failed: {Error}")]
    public static partial void CacheEvictionFailed(this ILogger logger, string error);
}

namespace HubCrawler.Grains;

/// <summary>What the grains log, as source-generated messages.</summary>
internal static partial class GrainLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} resumes")]
    public static partial void JobResumes(this ILogger logger, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId}: frontier partition {Partition} did not answer: {Error}")]
    public static partial void PartitionSilent(this ILogger logger, string jobId, int partition, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId}: frontier partition {Partition} activation {Epoch} asked for budget after activation {Current}; refused, its offers go to the live activation")]
    public static partial void PartitionSuperseded(this ILogger logger, string jobId, int partition, long epoch, long current);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Frontier {Key}: this activation is superseded by a newer one ({Error}); deactivating")]
    public static partial void FrontierSuperseded(this ILogger logger, string key, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} finished: {Admitted} papers, {Fetched} fetched, {FromCache} from cache, {Failed} failed, {Requests} source requests ({PerPaper:0.00} a paper), {Writes:0.00} storage writes a paper")]
    public static partial void JobFinished(this ILogger logger, string jobId, int admitted, int fetched, int fromCache, int failed, long requests, double perPaper, double writes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not coordinate fetch limits with the cluster: {Error}")]
    public static partial void CoordinationFailed(this ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Paper {PaperId}: offering citing papers to {Partition} failed (attempt {Attempt}): {Error}")]
    public static partial void OfferFailed(this ILogger logger, string paperId, int partition, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Paper {PaperId} waits for {Host} until {Until} ({Reason})")]
    public static partial void PaperWaits(this ILogger logger, string paperId, string host, DateTimeOffset until, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Paper {PaperId}: {Reason}: {Message}")]
    public static partial void PaperFailed(this ILogger logger, string paperId, string reason, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Paper {PaperId}: resolving citing paper {CitingId} failed; crawling it under that id")]
    public static partial void CiterUnresolved(this ILogger logger, Exception error, string paperId, string citingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Host} asked for a pause until {Until} ({Reason}); told {Silos} silos")]
    public static partial void HostPauseShared(this ILogger logger, string host, DateTimeOffset until, string reason, int silos);

    [LoggerMessage(Level = LogLevel.Information, Message = "Woke {Count} unfinished crawls")]
    public static partial void CrawlsWoken(this ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "State written after {Attempts} attempts")]
    public static partial void StateWrittenAfterRetries(this ILogger logger, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "State write failed (attempt {Attempt}): {Error}; retrying in {Delay}")]
    public static partial void StateWriteFailed(this ILogger logger, int attempt, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Frontier {Key} restored: {Admitted} admitted, {Pending} pending")]
    public static partial void FrontierRestored(this ILogger logger, string key, int admitted, int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Frontier {Key}: admitting {Count} offers failed: {Error}")]
    public static partial void AdmitFailed(this ILogger logger, string key, int count, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Frontier {Key}: visit of {PaperId} failed ({Error}); sending it again shortly")]
    public static partial void VisitFailed(this ILogger logger, string key, string paperId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Frontier {Key}: checkpoint write failed ({Error}); retrying in {Wait}")]
    public static partial void CheckpointFailed(this ILogger logger, string key, string error, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete old citation page {Page} of {PaperId}: {Error}")]
    public static partial void OldPageNotDeleted(this ILogger logger, int page, string paperId, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Resuming crawls failed (attempt {Attempt}): {Error}")]
    public static partial void ResumeFailed(this ILogger logger, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Host} delivery {Delivery} attempt {Attempt} of {Attempts} failed: {Error}")]
    public static partial void WebhookAttemptFailed(this ILogger logger, string host, string delivery, int attempt, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watch {WatchId}: {PaperId} every {Every}")]
    public static partial void WatchSet(this ILogger logger, string watchId, string paperId, TimeSpan every);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watch {WatchId} deleted")]
    public static partial void WatchDeleted(this ILogger logger, string watchId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Paper {PaperId}: {Count} new citing papers")]
    public static partial void NewCiters(this ILogger logger, string paperId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alias {Alias}: Semantic Scholar failed; serving it as {Key} without remembering")]
    public static partial void AliasProvisional(this ILogger logger, string alias, string key);
}

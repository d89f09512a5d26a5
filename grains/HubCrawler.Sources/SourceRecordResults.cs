namespace HubCrawler.Sources;

/// <summary>Helpers for the results of sources that read through the document cache.</summary>
internal static class SourceRecordResults
{
    /// <summary>The record marked <see cref="SourceRecord.Unchanged"/> when no body was downloaded and nothing was stale.</summary>
    public static SourceResult<SourceRecord> MarkUnchanged(this SourceResult<SourceRecord> result) =>
        result.IsSuccess ? result with { Value = result.Value! with { Unchanged = result.Downloads == 0 && !result.Stale } } : result;
}

namespace HubCrawler.Api.Export.Bibliography;

/// <summary>Writes records in one reference-manager format to a stream, one at a time as they are read.</summary>
internal interface IBibliographyWriter : IAsyncDisposable
{
    /// <summary>One record under its citation key (unique within the export).</summary>
    Task WriteAsync(BibliographicRecord record, string key);

    /// <summary>Closes the document and flushes.</summary>
    Task CompleteAsync();
}

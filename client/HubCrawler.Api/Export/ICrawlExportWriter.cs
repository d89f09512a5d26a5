namespace HubCrawler.Api.Export;

/// <summary>Writes a crawl's graph, paper by paper, to a stream as it is read.</summary>
internal interface ICrawlExportWriter : IAsyncDisposable
{
    /// <summary>The paper, then its edges.</summary>
    Task WriteAsync(PaperRow paper, IReadOnlyList<EdgeRow> edges);

    /// <summary>Closes the document and flushes.</summary>
    Task CompleteAsync();
}

namespace HubCrawler.Api.Export;

/// <summary>The formats a crawl's graph can be exported in.</summary>
internal enum ExportFormat
{
    /// <summary>JSON Lines: one object per line, <c>"kind":"paper"</c> or <c>"kind":"edge"</c>.</summary>
    Jsonl,
    /// <summary>One CSV table with a <c>kind</c> column; paper rows fill the paper columns, edge rows the edge columns.</summary>
    Csv,
    /// <summary>GraphML: a directed graph with paper nodes and citation edges (citing → cited) and their attributes.</summary>
    Graphml,
}

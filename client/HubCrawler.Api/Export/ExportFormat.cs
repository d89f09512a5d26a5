namespace HubCrawler.Api.Export;

/// <summary>The formats a crawl's graph, or a paper's citation list, can be exported in.</summary>
internal enum ExportFormat
{
    /// <summary>JSON Lines: one object per line, <c>"kind":"paper"</c> or <c>"kind":"edge"</c>.</summary>
    Jsonl,
    /// <summary>One CSV table with a <c>kind</c> column; paper rows fill the paper columns, edge rows the edge columns.</summary>
    Csv,
    /// <summary>GraphML: a directed graph with paper nodes and citation edges (citing → cited) and their attributes.</summary>
    Graphml,
    /// <summary>GEXF 1.2 (Gephi): the same graph and attributes as GraphML.</summary>
    Gexf,
    /// <summary>BibTeX entries of the papers (reference managers, LaTeX).</summary>
    Bibtex,
    /// <summary>RIS records of the papers (reference managers).</summary>
    Ris,
    /// <summary>CSL-JSON items of the papers (Zotero, Pandoc, citeproc).</summary>
    Csljson,
}

using HubCrawler.Abstractions;

namespace HubCrawler.Grains.Sources;

/// <summary>What one source said about one paper.</summary>
/// <param name="Metadata">The source's metadata; <see cref="PaperMetadata.PaperId"/> is the paper's id in the source's own form.</param>
/// <param name="Ids">Every id of the paper the source named (its own included).</param>
/// <param name="Citations">The citing papers, or null when the source does not list them (arXiv).</param>
public sealed record SourceRecord(PaperMetadata Metadata, PaperIdSet Ids, IReadOnlyList<CitationEdge>? Citations);

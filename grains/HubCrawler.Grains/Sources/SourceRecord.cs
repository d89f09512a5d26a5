using HubCrawler.Abstractions;

namespace HubCrawler.Grains.Sources;

/// <summary>What one source said about one paper.</summary>
/// <param name="Metadata">The source's metadata; <see cref="PaperMetadata.PaperId"/> is the paper's id in the source's own form.</param>
/// <param name="Ids">Every id of the paper the source named (its own included).</param>
/// <param name="Citations">The citing papers, or null when the source does not list them (arXiv), or when
/// <see cref="Unchanged"/> says the list the hub has is still the source's.</param>
public sealed record SourceRecord(PaperMetadata Metadata, PaperIdSet Ids, IReadOnlyList<CitationEdge>? Citations)
{
    /// <summary>True when every document behind the citation list is the one the hub was last built from (served
    /// from the cache, or confirmed by a 304) and nothing was stale. Semantic Scholar, which keeps no bodies, then
    /// sends no <see cref="Citations"/>: the caller keeps the list it has. Metadata is the caller's to compare.</summary>
    public bool Unchanged { get; init; }

    /// <summary>The citation pages read, with their validators, for the next refresh to ask about conditionally
    /// (Semantic Scholar without the document cache); empty otherwise.</summary>
    public IReadOnlyList<CitationPageValidator> CitationPages { get; init; } = [];

    /// <summary>Why no citation request was made, when none was (e.g. the source reported 0 citations).</summary>
    public string? CitationListNote { get; init; }
}

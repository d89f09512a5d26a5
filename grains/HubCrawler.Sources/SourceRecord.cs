namespace HubCrawler.Sources;

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

    /// <summary>How many citations the source says the paper has (Semantic Scholar's citationCount, OpenAlex's
    /// cited_by_count); null when it says nothing.</summary>
    public int? ReportedCitations { get; init; }

    /// <summary>Why the citation list ended before <see cref="ReportedCitations"/> (the source's paging cap, a spent
    /// budget, a page that failed); null when the source listed all it would.</summary>
    public string? CitationsStoppedEarly { get; init; }

    /// <summary>The papers this paper cites, when the source was asked for them and lists them; null otherwise. On a
    /// reference edge the <c>Citing*</c> fields of <see cref="CitationEdge"/> describe the cited paper (the other end).</summary>
    public IReadOnlyList<CitationEdge>? References { get; init; }

    /// <summary>How many references the source says the paper has; null when it says nothing.</summary>
    public int? ReportedReferences { get; init; }

    /// <summary>Why the reference list ended before <see cref="ReportedReferences"/>; null when complete.</summary>
    public string? ReferencesStoppedEarly { get; init; }
}

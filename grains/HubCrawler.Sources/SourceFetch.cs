namespace HubCrawler.Sources;

/// <summary>How to fetch: <paramref name="Revalidate"/> asks the source even for fresh cached documents;
/// <paramref name="Primed"/> is metadata this source already gave (an alias resolution), so it need not be asked again.</summary>
public sealed record SourceFetch(bool Revalidate = false, PaperMetadata? Primed = null)
{
    public static readonly SourceFetch Default = new();

    /// <summary>The paper's citation count as the listing that found it reported it (the citing paper's
    /// <c>citationCount</c> on its parent's citation page); null when unknown (a seed, a lookup).
    /// Above 0, Semantic Scholar's citation pages are read while its metadata is still on the way.</summary>
    public int? KnownCitationCount { get; init; }

    /// <summary>Which lists to read: citations (the default), references, or both. A source asked for references
    /// fills <see cref="SourceRecord.References"/>; one asked only for references may leave the citations null.</summary>
    public EdgeDirection Lists { get; init; } = EdgeDirection.Citations;

    /// <summary>Someone is waiting for this answer (a lookup): a batched request goes out at once instead of waiting for its window.</summary>
    public bool Urgent { get; init; }

    /// <summary>The citation pages the hub was last built from, with their validators, to be asked about
    /// conditionally; null or empty reads the list afresh.</summary>
    public IReadOnlyList<CitationPageValidator>? CitationPages { get; init; }
}

namespace HubCrawler.Api.Export.Bibliography;

/// <summary>One paper as the reference-manager formats (BibTeX, RIS, CSL-JSON) write it: a hub's metadata, or what a
/// citation list knows of a citing (or cited) paper.</summary>
internal sealed record BibliographicRecord
{
    /// <summary>The paper's grain key, or null for a paper no source could resolve.</summary>
    public string? PaperId { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<PersonName> Authors { get; init; } = [];
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    public string? Venue { get; init; }
    public string? Doi { get; init; }
    public string? ArxivId { get; init; }
    /// <summary>The landing page: the DOI's, else arXiv's, else the source's.</summary>
    public string? Url { get; init; }
    public EntryKind Kind { get; init; }

    /// <summary>A hub's paper.</summary>
    public static BibliographicRecord From(PaperMetadata metadata)
    {
        var (year, month, day) = Date(metadata.PublicationDate, metadata.Year);
        return Build(metadata.PaperId, metadata.Title, metadata.Authors, year, month, day, metadata.Venue, metadata.ExternalIds, metadata.Url);
    }

    /// <summary>The other end of a citation: the citing paper of a citation, the cited paper of a reference.</summary>
    public static BibliographicRecord From(CitationEdge edge) =>
        Build(edge.CitingPaperId, edge.Title, edge.Authors, edge.Year, null, null, edge.Venue, edge.CitingExternalIds, null);

    private static BibliographicRecord Build(string? paperId, string? title, IReadOnlyList<string> authors, int? year, int? month, int? day,
        string? venue, IReadOnlyDictionary<string, string> ids, string? sourceUrl)
    {
        var doi = Id(ids, "DOI");
        var arxiv = Id(ids, "ArXiv");
        var url = doi is not null ? "https://doi.org/" + doi
            : arxiv is not null ? "https://arxiv.org/abs/" + arxiv
            : Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri
            : null;
        return new BibliographicRecord
        {
            PaperId = paperId,
            Title = Clean(title),
            Authors = authors.Select(a => PersonName.Parse(a)).Where(a => a.Family.Length > 0).ToList(),
            Year = year,
            Month = month,
            Day = day,
            Venue = Clean(venue),
            Doi = doi,
            ArxivId = arxiv,
            Url = url,
            Kind = EntryKinds.Of(venue, arxiv),
        };
    }

    private static string? Id(IReadOnlyDictionary<string, string> ids, string scheme) =>
        ids.FirstOrDefault(i => string.Equals(i.Key, scheme, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } value ? value.Trim() : null;

    // Line breaks and runs of spaces from a source mean nothing in a title and would break RIS's one-line fields.
    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static (int? Year, int? Month, int? Day) Date(string? publicationDate, int? year)
    {
        if (DateOnly.TryParseExact(publicationDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && (year is null || date.Year == year))
            return (date.Year, date.Month, date.Day);
        return (year, null, null);
    }
}

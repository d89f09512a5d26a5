namespace HubCrawler.Simulator;

/// <summary>The JSON names of <see cref="PaperField"/> values.</summary>
internal static class PaperFieldNames
{
    private static readonly Dictionary<string, PaperField> ByName =
        Enum.GetValues<PaperField>().ToDictionary(field => field.JsonName(), StringComparer.Ordinal);

    /// <summary>The camelCase property name of the field.</summary>
    public static string JsonName(this PaperField field) => field switch
    {
        PaperField.PaperId => "paperId",
        PaperField.CorpusId => "corpusId",
        PaperField.ExternalIds => "externalIds",
        PaperField.Url => "url",
        PaperField.Title => "title",
        PaperField.Abstract => "abstract",
        PaperField.Venue => "venue",
        PaperField.Year => "year",
        PaperField.PublicationDate => "publicationDate",
        PaperField.Authors => "authors",
        PaperField.CitationCount => "citationCount",
        PaperField.ReferenceCount => "referenceCount",
        PaperField.InfluentialCitationCount => "influentialCitationCount",
        PaperField.Tldr => "tldr",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>
    /// Whether the citations (and references) listing can carry the field for its citing papers: every field but
    /// tldr, which the real API serves only on GET /paper and POST /paper/batch.
    /// </summary>
    public static bool IsInCitationListings(this PaperField field) => field != PaperField.Tldr;

    /// <summary>Finds the field with the given JSON name (case-sensitive).</summary>
    public static bool TryParse(string name, out PaperField field) => ByName.TryGetValue(name, out field);
}

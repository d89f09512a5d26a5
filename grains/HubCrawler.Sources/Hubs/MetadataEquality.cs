namespace HubCrawler.Sources.Hubs;

/// <summary>Whether two metadata records say the same thing, field by field (lists and maps by content, which a
/// record's own equality does not compare): a refresh whose sources confirmed their lists and whose metadata is
/// the same leaves the hub as it is.</summary>
public static class MetadataEquality
{
    public static bool Same(PaperMetadata? a, PaperMetadata? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        return a.PaperId == b.PaperId && a.Title == b.Title && a.Year == b.Year && a.Venue == b.Venue && a.Abstract == b.Abstract
               && a.Tldr == b.Tldr && a.CitationCount == b.CitationCount && a.InfluentialCitationCount == b.InfluentialCitationCount
               && a.ReferenceCount == b.ReferenceCount && a.PublicationDate == b.PublicationDate && a.Url == b.Url && a.PdfUrl == b.PdfUrl
               && a.Authors.SequenceEqual(b.Authors) && SameMap(a.ExternalIds, b.ExternalIds) && SameMap(a.Provenance, b.Provenance);
    }

    private static bool SameMap(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var value) && value == p.Value);
}

using System.Text.Json;

namespace HubCrawler.Sources;

/// <summary>Reads OpenCitations Index API v2 answers: a JSON array of citations, each
/// <c>{"oci","citing","cited","creation","timespan","journal_sc","author_sc"}</c> with every value a string and each
/// end named by all its ids, space-separated and prefixed (<c>"omid:br/06101 doi:10.1/x pmid:123"</c>). Anything
/// that is not such an array throws <see cref="FormatException"/> saying what was wrong.</summary>
public static class OpenCitationsJson
{
    /// <summary>One row of a citations or references list.</summary>
    public sealed record Row(PaperIdSet Citing, PaperIdSet Cited, string? Creation);

    public static IReadOnlyList<Row> ParseList(byte[] body)
    {
        using var document = JsonBodies.Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Array) throw new FormatException("the citation list is not a JSON array");
        var rows = new List<Row>(document.RootElement.GetArrayLength());
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) throw new FormatException("a citation in the list is not a JSON object");
            if (JsonBodies.String(item, "citing") is not { } citing || JsonBodies.String(item, "cited") is not { } cited)
                throw new FormatException("a citation in the list has no citing or cited ids");
            rows.Add(new Row(Ids(citing), Ids(cited), JsonBodies.String(item, "creation")));
        }
        return rows;
    }

    /// <summary>The ids of "omid:br/… doi:10.… pmid:…": DOIs and PMIDs (OMIDs name nothing other sources know).</summary>
    public static PaperIdSet Ids(string prefixed)
    {
        var ids = new PaperIdSet();
        foreach (var part in prefixed.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':');
            if (colon <= 0) continue;
            var value = part[(colon + 1)..];
            ids.Add(part[..colon].ToLowerInvariant() switch
            {
                "doi" => PaperIdentifier.FromExternalId("DOI", value),
                "pmid" => PaperIdentifier.FromExternalId("PubMed", value),
                _ => null,
            });
        }
        return ids;
    }

    /// <summary>The other end of a row as an edge: OpenCitations gives only its ids (and, for a citing paper, its
    /// publication date as <c>creation</c>); no title, contexts, intents or influence.</summary>
    public static CitationEdge Edge(PaperIdSet other, string? year, string source) => new()
    {
        CitingPaperId = other.Key,
        CitingExternalIds = other.External(),
        Year = year is { Length: >= 4 } && int.TryParse(year.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null,
        Sources = [source],
    };

    public static string ErrorMessage(byte[] body) => JsonBodies.ErrorMessage(body, "error", "message");
}

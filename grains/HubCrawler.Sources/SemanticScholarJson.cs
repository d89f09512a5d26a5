using System.Text.Json;
using HubCrawler.Sources.Hubs;

namespace HubCrawler.Sources;

/// <summary>Reads Semantic Scholar Graph API bodies. Unknown fields are ignored; missing required
/// ones and invalid JSON throw <see cref="FormatException"/> with what was wrong.</summary>
public static class SemanticScholarJson
{
    public const string PaperFields = "paperId,externalIds,url,title,abstract,venue,year,publicationDate,authors,citationCount,referenceCount,influentialCitationCount,tldr";
    /// <summary>The edge's own fields and the citing paper's: every paper field the hub keeps, except <c>tldr</c>,
    /// which the API does not give in citation or reference listings (it answers 400).</summary>
    public const string CitationFields = "contexts,intents,isInfluential,paperId,externalIds,url,title,abstract,venue,year,publicationDate,authors,citationCount,referenceCount,influentialCitationCount";

    public static PaperMetadata ParsePaper(byte[] body)
    {
        using var document = Parse(body);
        return Paper(document.RootElement);
    }

    /// <summary>The answer of <c>POST /paper/batch</c>: one paper or null per id asked, in the order asked.</summary>
    public static IReadOnlyList<PaperMetadata?> ParseBatch(byte[] body, int asked)
    {
        using var document = Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array) throw new FormatException("the batch answer is not a JSON array");
        if (root.GetArrayLength() != asked) throw new FormatException($"the batch answer has {root.GetArrayLength()} entries for {asked} ids");
        var papers = new List<PaperMetadata?>(asked);
        foreach (var item in root.EnumerateArray()) papers.Add(item.ValueKind == JsonValueKind.Null ? null : Paper(item));
        return papers;
    }

    /// <summary>The fields a search asks for: what a result line shows and the ids its hub opens under.</summary>
    public const string SearchFields = "paperId,externalIds,title,year,venue,authors,citationCount";

    /// <summary>A page of <c>GET /paper/search</c> ({"total","offset","next","data":[paper…]}): its papers, best first.</summary>
    public static IReadOnlyList<PaperMetadata> ParseSearch(byte[] body)
    {
        using var document = Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("the search answer is not a JSON object");
        // With no hit the API may leave "data" out.
        if (!root.TryGetProperty("data", out var data)) return [];
        if (data.ValueKind != JsonValueKind.Array) throw new FormatException("the search answer's data is not an array");
        return data.EnumerateArray().Select(Paper).ToList();
    }

    /// <summary>The answer of <c>GET /paper/search/match</c> ({"data":[paper with "matchScore"]}): the one best match.</summary>
    public static PaperMetadata ParseMatch(byte[] body)
    {
        var papers = ParseSearch(body);
        return papers.Count > 0 ? papers[0] : throw new FormatException("the title match answer has no paper");
    }

    private static PaperMetadata Paper(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("the paper is not a JSON object");
        return new PaperMetadata
        {
            PaperId = String(root, "paperId") ?? throw new FormatException("the paper has no paperId"),
            Title = String(root, "title"),
            Authors = Authors(root),
            Year = Int(root, "year"),
            Venue = NullIfEmpty(String(root, "venue")),
            Abstract = String(root, "abstract"),
            Tldr = root.TryGetProperty("tldr", out var tldr) && tldr.ValueKind == JsonValueKind.Object ? String(tldr, "text") : null,
            ExternalIds = ExternalIds(root),
            CitationCount = Int(root, "citationCount") ?? 0,
            InfluentialCitationCount = Int(root, "influentialCitationCount") ?? 0,
            ReferenceCount = Int(root, "referenceCount") ?? 0,
            PublicationDate = String(root, "publicationDate"),
            Url = String(root, "url"),
        };
    }

    /// <summary>One page of citations, and the offset of the next page (null on the last one).</summary>
    public static (IReadOnlyList<CitationEdge> Edges, int? Next) ParseCitations(byte[] body) => ParseEdges(body, "citingPaper");

    /// <summary>One page of references (the edge's <c>Citing*</c> fields describe the cited paper), and the next offset.</summary>
    public static (IReadOnlyList<CitationEdge> Edges, int? Next) ParseReferences(byte[] body) => ParseEdges(body, "citedPaper");

    private static (IReadOnlyList<CitationEdge> Edges, int? Next) ParseEdges(byte[] body, string otherPaper)
    {
        using var document = Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            throw new FormatException($"the {(otherPaper == "citedPaper" ? "references" : "citations")} page has no data array");

        var edges = new List<CitationEdge>(data.GetArrayLength());
        foreach (var item in data.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) throw new FormatException("a citation is not a JSON object");
            var citing = item.TryGetProperty(otherPaper, out var c) && c.ValueKind == JsonValueKind.Object ? c : default;
            var intents = Strings(item, "intents");
            edges.Add(new CitationEdge
            {
                CitingPaperId = citing.ValueKind == JsonValueKind.Object ? String(citing, "paperId") : null,
                Title = citing.ValueKind == JsonValueKind.Object ? String(citing, "title") : null,
                Year = citing.ValueKind == JsonValueKind.Object ? Int(citing, "year") : null,
                Authors = citing.ValueKind == JsonValueKind.Object ? Authors(citing) : [],
                Venue = citing.ValueKind == JsonValueKind.Object ? NullIfEmpty(String(citing, "venue")) : null,
                CitationCount = citing.ValueKind == JsonValueKind.Object ? Int(citing, "citationCount") : null,
                CitingExternalIds = citing.ValueKind == JsonValueKind.Object ? ExternalIds(citing) : new Dictionary<string, string>(),
                Summary = citing.ValueKind == JsonValueKind.Object ? OneLineSummary.Of(null, String(citing, "abstract")) : null,
                IsInfluential = item.TryGetProperty("isInfluential", out var influential) && influential.ValueKind == JsonValueKind.True,
                Intents = intents,
                Role = IntentRoles.RoleOf(intents),
                Contexts = Strings(item, "contexts"),
            });
        }
        int? next = root.TryGetProperty("next", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : null;
        return (edges, next);
    }

    /// <summary>The message of an error body ({"error": ...} or {"message": ...}), or a short excerpt.</summary>
    public static string ErrorMessage(byte[] body) => JsonBodies.ErrorMessage(body, "error", "message");

    private static JsonDocument Parse(byte[] body) => JsonBodies.Parse(body);

    private static string? String(JsonElement element, string name) => JsonBodies.String(element, name);

    private static int? Int(JsonElement element, string name) => JsonBodies.Int(element, name);

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static List<string> Strings(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array) return [];
        var list = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text) list.Add(text);
        return list;
    }

    private static List<string> Authors(JsonElement root)
    {
        if (!root.TryGetProperty("authors", out var authors) || authors.ValueKind != JsonValueKind.Array) return [];
        var names = new List<string>(authors.GetArrayLength());
        foreach (var author in authors.EnumerateArray())
            if (author.ValueKind == JsonValueKind.Object && String(author, "name") is { Length: > 0 } name) names.Add(name);
        return names;
    }

    private static Dictionary<string, string> ExternalIds(JsonElement root)
    {
        var ids = new Dictionary<string, string>();
        if (!root.TryGetProperty("externalIds", out var external) || external.ValueKind != JsonValueKind.Object) return ids;
        foreach (var property in external.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                _ => null,
            };
            if (!string.IsNullOrEmpty(value)) ids[property.Name] = value;
        }
        return ids;
    }
}

using System.Text.Json;
using HubCrawler.Sources.Hubs;

namespace HubCrawler.Sources;

/// <summary>Reads OpenAlex work objects and lists. Unknown fields are ignored (OpenAlex adds fields
/// often); invalid JSON, a work without an id or a list without results throw
/// <see cref="FormatException"/> saying what was wrong.</summary>
public static class OpenAlexJson
{
    private const string WorkPrefix = "https://openalex.org/";
    private const string DoiPrefix = "https://doi.org/";

    public static SourceRecord ParseWork(byte[] body)
    {
        using var document = Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException("the work is not a JSON object");
        var (metadata, ids) = Work(document.RootElement);
        return new SourceRecord(metadata, ids, null)
        {
            ReportedCitations = metadata.CitationCount,
            ReportedReferences = metadata.ReferenceCount,
            References = ReferencedWorks(document.RootElement).Select(id => new CitationEdge
            {
                CitingPaperId = "OpenAlex:" + id,
                CitingExternalIds = new Dictionary<string, string> { ["OpenAlex"] = id },
            }).ToList(),
        };
    }

    /// <summary>The ids of the works the work cites (<c>referenced_works</c>), in the order given; empty when absent.</summary>
    private static List<string> ReferencedWorks(JsonElement root)
    {
        if (!root.TryGetProperty("referenced_works", out var works) || works.ValueKind != JsonValueKind.Array) return [];
        var ids = new List<string>(works.GetArrayLength());
        foreach (var work in works.EnumerateArray())
            if (work.ValueKind == JsonValueKind.String && work.GetString() is { } url && url.StartsWith(WorkPrefix, StringComparison.OrdinalIgnoreCase)
                && PaperIdentifier.TryParse("OpenAlex:" + url[WorkPrefix.Length..], out var id, out _))
                ids.Add(id.Value);
        return ids;
    }

    /// <summary>One page of a work list and the cursor of the next (null on the last page).</summary>
    public static (IReadOnlyList<(PaperMetadata Metadata, PaperIdSet Ids)> Works, string? NextCursor) ParseList(byte[] body)
    {
        using var document = Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            throw new FormatException("the work list has no results array");
        var works = new List<(PaperMetadata, PaperIdSet)>(results.GetArrayLength());
        foreach (var item in results.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) throw new FormatException("a work in the list is not a JSON object");
            works.Add(Work(item));
        }
        var next = root.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object ? String(meta, "next_cursor") : null;
        return (works, next);
    }

    /// <summary>A citing work as a citation edge: OpenAlex gives no contexts, intents or influence.</summary>
    public static CitationEdge Edge(PaperMetadata work, PaperIdSet ids) => new()
    {
        CitingPaperId = ids.Key,
        CitingExternalIds = ids.External(),
        Title = work.Title,
        Year = work.Year,
        Authors = work.Authors,
        Venue = work.Venue,
        CitationCount = work.CitationCount,
        Summary = OneLineSummary.Of(null, work.Abstract),
    };

    /// <summary>The abstract as words placed at their positions: OpenAlex ships abstracts only as an inverted index.</summary>
    public static string? RebuildAbstract(JsonElement index)
    {
        if (index.ValueKind != JsonValueKind.Object) return null;
        var words = new SortedDictionary<int, string>();
        foreach (var word in index.EnumerateObject())
        {
            if (word.Value.ValueKind != JsonValueKind.Array) throw new FormatException($"abstract_inverted_index['{word.Name}'] is not an array of positions");
            foreach (var position in word.Value.EnumerateArray())
            {
                if (position.ValueKind != JsonValueKind.Number || !position.TryGetInt32(out var at) || at < 0 || at > 100_000)
                    throw new FormatException($"abstract_inverted_index['{word.Name}'] has a position that is not a small non-negative integer");
                words[at] = word.Name;
            }
        }
        return words.Count == 0 ? null : string.Join(' ', words.Values);
    }

    public static string ErrorMessage(byte[] body) => JsonBodies.ErrorMessage(body, "message", "error");

    private static (PaperMetadata, PaperIdSet) Work(JsonElement work)
    {
        var id = String(work, "id") is { } url && url.StartsWith(WorkPrefix, StringComparison.OrdinalIgnoreCase) ? url[WorkPrefix.Length..] : null;
        if (id is null || !PaperIdentifier.TryParse("OpenAlex:" + id, out var workId, out _)) throw new FormatException("the work has no OpenAlex id");
        var ids = new PaperIdSet(workId);
        if (String(work, "doi") is { } doi) ids.Add(PaperIdentifier.FromExternalId("DOI", doi.StartsWith(DoiPrefix, StringComparison.OrdinalIgnoreCase) ? doi[DoiPrefix.Length..] : doi));
        if (work.TryGetProperty("ids", out var more) && more.ValueKind == JsonValueKind.Object && String(more, "pmid") is { } pmid)
            ids.Add(PaperIdentifier.FromExternalId("PubMed", pmid[(pmid.LastIndexOf('/') + 1)..]));

        var metadata = new PaperMetadata
        {
            PaperId = workId.SourceForm,
            Title = String(work, "title") ?? String(work, "display_name"),
            Authors = Authors(work),
            Year = Int(work, "publication_year"),
            PublicationDate = String(work, "publication_date"),
            Venue = work.TryGetProperty("primary_location", out var location) && location.ValueKind == JsonValueKind.Object
                && location.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object ? String(source, "display_name") : null,
            Abstract = work.TryGetProperty("abstract_inverted_index", out var index) ? RebuildAbstract(index) : null,
            CitationCount = Int(work, "cited_by_count") ?? 0,
            ReferenceCount = Int(work, "referenced_works_count") ?? 0,
            Url = String(work, "id"),
            PdfUrl = work.TryGetProperty("best_oa_location", out var oa) && oa.ValueKind == JsonValueKind.Object ? String(oa, "pdf_url") : null,
            ExternalIds = ids.External(),
        };
        return (metadata, ids);
    }

    private static List<string> Authors(JsonElement work)
    {
        if (!work.TryGetProperty("authorships", out var authorships) || authorships.ValueKind != JsonValueKind.Array) return [];
        var names = new List<string>();
        foreach (var authorship in authorships.EnumerateArray())
            if (authorship.ValueKind == JsonValueKind.Object && authorship.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object
                && String(author, "display_name") is { Length: > 0 } name)
                names.Add(name);
        return names;
    }

    private static JsonDocument Parse(byte[] body) => JsonBodies.Parse(body);

    private static string? String(JsonElement element, string name) => JsonBodies.String(element, name) is { Length: > 0 } text ? text : null;

    private static int? Int(JsonElement element, string name) => JsonBodies.Int(element, name);
}

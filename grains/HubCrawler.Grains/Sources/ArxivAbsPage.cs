using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using HubCrawler.Abstractions;

namespace HubCrawler.Grains.Sources;

/// <summary>Reads an arXiv abs page's <c>citation_*</c> meta tags (the Highwire tags arXiv publishes for
/// scholarly indexers) with AngleSharp. A page without <c>citation_title</c> or <c>citation_arxiv_id</c>
/// (a truncated page, an error page) throws <see cref="FormatException"/> naming the missing tag.</summary>
public static class ArxivAbsPage
{
    private static readonly HtmlParser Parser = new();

    public static SourceRecord Parse(byte[] body)
    {
        var document = Parser.ParseDocument(Encoding.UTF8.GetString(body));
        IReadOnlyList<string> Meta(string name) => document.QuerySelectorAll($"meta[name='{name}']")
            .Select(m => m.GetAttribute("content")?.Trim()).OfType<string>().Where(c => c.Length > 0).ToList();
        string? One(string name) => Meta(name).FirstOrDefault();

        var title = One("citation_title") ?? throw new FormatException("the abs page has no citation_title meta tag");
        var arxivId = One("citation_arxiv_id") ?? throw new FormatException("the abs page has no citation_arxiv_id meta tag");
        if (!PaperIdentifier.TryParse("arXiv:" + arxivId, out var id, out var error)) throw new FormatException($"citation_arxiv_id: {error}");
        var ids = new PaperIdSet(id);
        if (One("citation_doi") is { } doi) ids.Add(PaperIdentifier.FromExternalId("DOI", doi));

        var date = ParseDate(One("citation_date")) ?? ParseDate(One("citation_online_date"));
        var metadata = new PaperMetadata
        {
            PaperId = id.SourceForm,
            Title = Collapse(title),
            Authors = Meta("citation_author").Select(NaturalOrder).ToList(),
            Year = date?.Year,
            PublicationDate = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Abstract = One("citation_abstract") is { } text ? Collapse(text) : null,
            PdfUrl = One("citation_pdf_url"),
            ExternalIds = ids.External(),
        };
        return new SourceRecord(metadata, ids, null);
    }

    // "Vaswani, Ashish" → "Ashish Vaswani", as every other source writes names.
    private static string NaturalOrder(string name)
    {
        var comma = name.IndexOf(',');
        return comma < 0 ? name : $"{name[(comma + 1)..].Trim()} {name[..comma].Trim()}".Trim();
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, ["yyyy/MM/dd", "yyyy-MM-dd", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Collapse(string text) => HtmlBodies.Collapse(text);
}

using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;

namespace HubCrawler.Sources;

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
        string? One(string name) => Meta(name) is [var first, ..] ? first : null;

        var title = One("citation_title") ?? throw new FormatException("the abs page has no citation_title meta tag");
        var arxivId = One("citation_arxiv_id") ?? throw new FormatException("the abs page has no citation_arxiv_id meta tag");
        if (!PaperIdentifier.TryParse("arXiv:" + arxivId, out var id, out var error)) throw new FormatException($"citation_arxiv_id: {error}");
        var ids = new PaperIdSet(id);
        // citation_doi can hold several DOIs ("10.1/a; 10.2/b") or a "doi:" prefix: the first journal DOI that parses is
        // the paper's (the id set keeps the first of a scheme, and learns arXiv's DataCite DOI as the arXiv id).
        foreach (var doi in Dois(Meta("citation_doi"))) ids.Add(doi);

        var date = ParseDate(One("citation_date")) ?? ParseDate(One("citation_online_date"));
        var metadata = new PaperMetadata
        {
            PaperId = id.SourceForm,
            Title = Collapse(title),
            Authors = Meta("citation_author").Select(ArxivNames.Natural).Where(n => n.Length > 0).ToList(),
            Year = date?.Year,
            PublicationDate = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Abstract = One("citation_abstract") is { } text ? Collapse(text) : null,
            PdfUrl = One("citation_pdf_url"),
            ExternalIds = ids.External(),
        };
        return new SourceRecord(metadata, ids, null);
    }

    /// <summary>Every DOI named in citation_doi values, in order: separated by ';', ',' or spaces, each with or
    /// without a "doi:" or https://doi.org/ prefix; what does not parse as a DOI is skipped.</summary>
    public static IEnumerable<PaperIdentifier> Dois(IEnumerable<string> values)
    {
        string[] prefixes = ["doi:", "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/"];
        foreach (var value in values)
            foreach (var token in value.Split([';', ',', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var doi = token;
                foreach (var prefix in prefixes)
                    if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) doi = doi[prefix.Length..].Trim();
                if (PaperIdentifier.FromExternalId("DOI", doi) is { } id) yield return id;
            }
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, ["yyyy/MM/dd", "yyyy-MM-dd", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Collapse(string text) => HtmlBodies.Collapse(text);
}

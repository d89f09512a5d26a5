using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HubCrawler.Abstractions;

namespace HubCrawler.Sources;

/// <summary>Reads a hub page as HubCrawler's own web page renders it (AngleSharp), by its stable
/// markup only: the article's <c>data-paper-id</c> and schema.org microdata, the identifier list's
/// <c>data-id-scheme</c>, and the explorer's <c>li[data-citing]</c> items with their data attributes,
/// contexts and one-line summaries. Not the visible text, which is for people and may change.
/// A page without the hub article, its title or the explorer (truncated, or not a hub page), or with
/// a value the markup does not allow, throws <see cref="FormatException"/> saying which.</summary>
public static class HubPageDocument
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { SkipComments = true, SkipScriptText = true, SkipRawText = true });
    private static readonly byte[] ArticleStart = "<article class=\"hub\""u8.ToArray();
    private static readonly byte[] ArticleEnd = "</article>"u8.ToArray();

    /// <summary>One page: the paper (same on every page of it), a page of its citing papers, the
    /// offset of the next page (null on the last), and how many citing papers all pages hold.</summary>
    public static (SourceRecord Paper, IReadOnlyList<CitationEdge> Citations, int? NextOffset, int Total) Parse(byte[] body)
    {
        var document = Parser.ParseDocument(ArticleText(body));
        var article = document.QuerySelector("article.hub[data-paper-id]") ?? throw new FormatException("the page has no hub article (article.hub[data-paper-id])");
        var key = article.GetAttribute("data-paper-id")!;
        if (!PaperIdentifier.TryParse(key, out var id, out var error)) throw new FormatException($"data-paper-id: {error}");
        // The article's parts are its children, each found once by its stable class, id or data attribute:
        // no selector walks the (long) list of citing papers more than once.
        IElement? h1 = null, authors = null, meta = null, idList = null, tldr = null, abstractSection = null, explorer = null;
        foreach (var child in article.Children)
        {
            switch (child.LocalName)
            {
                case "h1" when child.GetAttribute("itemprop") == "name": h1 ??= child; break;
                case "p" when child.ClassList.Contains("authors"): authors ??= child; break;
                case "p" when child.ClassList.Contains("meta"): meta ??= child; break;
                case "ul" when child.ClassList.Contains("ids"): idList ??= child; break;
                case "section" when child.Id == "tldr": tldr ??= child; break;
                case "section" when child.Id == "abstract": abstractSection ??= child; break;
                case "section" when child.Id == "explorer": explorer ??= child; break;
            }
        }
        var title = h1?.TextContent.Trim() ?? throw new FormatException("the hub article has no title (h1[itemprop=name])");
        if (explorer is null) throw new FormatException("the hub page has no citing-papers explorer (section#explorer)");

        var ids = new PaperIdSet(id);
        foreach (var element in idList?.QuerySelectorAll("[data-id-scheme]") ?? Enumerable.Empty<IElement>())
        {
            var scheme = element.GetAttribute("data-id-scheme")!;
            var value = element.TextContent.Trim();
            ids.Add(scheme == "semanticScholar"
                ? (PaperIdentifier.TryParse(value, out var own, out _) ? own : null)
                : PaperIdentifier.FromExternalId(scheme, value));
        }

        var year = meta?.QuerySelector("time[data-year]");
        var date = year?.GetAttribute("datetime");
        var metadata = new PaperMetadata
        {
            PaperId = id.SourceForm,
            Title = title,
            Authors = authors?.QuerySelectorAll("[itemprop=author]").Select(a => a.TextContent.Trim()).Where(a => a.Length > 0).ToList() ?? [],
            Venue = meta?.QuerySelector("[data-venue]")?.TextContent.Trim() is { Length: > 0 } venue ? venue : null,
            Year = Int(year, "data-year", "the paper"),
            PublicationDate = date is { Length: 10 } ? date : null,
            CitationCount = Int(meta?.QuerySelector("[data-citation-count]"), "data-citation-count", "the paper") ?? 0,
            Tldr = tldr?.QuerySelector("[data-tldr]")?.TextContent.Trim(),
            Abstract = abstractSection?.QuerySelector("[itemprop=abstract]")?.TextContent.Trim(),
            ExternalIds = ids.External(),
        };

        var citations = new List<CitationEdge>();
        IElement? next = null;
        foreach (var part in explorer.Children)
        {
            if (part.LocalName == "ol" && part.ClassList.Contains("papers"))
            {
                foreach (var item in part.Children)
                    if (item.LocalName == "li" && item.HasAttribute("data-citing")) citations.Add(Citation(item, citations.Count + 1));
            }
            else if (part.LocalName == "nav" && part.ClassList.Contains("pager"))
            {
                next = part.Children.FirstOrDefault(a => a.LocalName == "a" && a.GetAttribute("rel") == "next");
            }
        }
        var offset = Int(explorer, "data-offset", "the explorer") ?? 0;
        var total = Int(explorer, "data-total", "the explorer") ?? throw new FormatException("the explorer has no data-total");
        var limit = Int(explorer, "data-limit", "the explorer") ?? throw new FormatException("the explorer has no data-limit");
        // HTML parsers forgive a cut page, so count: a page holds min(limit, total - offset) citing papers.
        var expected = Math.Max(0, Math.Min(limit, total - offset));
        if (citations.Count != expected)
            throw new FormatException($"the explorer lists {citations.Count} citing papers where this page should hold {expected} (a truncated page?)");
        return (new SourceRecord(metadata, ids, null), citations, next is not null && citations.Count > 0 ? offset + citations.Count : null, total);
    }

    // The hub article is what is read; the site frame around it (head, styles, navigation) is not parsed at all.
    private static string ArticleText(byte[] body)
    {
        var span = body.AsSpan();
        var start = span.IndexOf(ArticleStart);
        var end = span.LastIndexOf(ArticleEnd);
        return start >= 0 && end > start
            ? Encoding.UTF8.GetString(span[start..(end + ArticleEnd.Length)])
            : Encoding.UTF8.GetString(body);
    }

    private static CitationEdge Citation(IElement item, int position)
    {
        var what = $"citing paper {position}";
        var citingId = item.GetAttribute("data-paper-id");
        if (citingId is not null && !PaperIdentifier.TryParse(citingId, out _, out var error)) throw new FormatException($"{what}: data-paper-id: {error}");
        string? title = null, summary = null;
        List<string>? contexts = null;
        foreach (var part in item.Children)
        {
            if (part.ClassList.Contains("title")) title ??= part.TextContent.Trim();
            else if (part.HasAttribute("data-summary")) summary ??= part.TextContent.Trim();
            else if (part.LocalName == "details")
                foreach (var quote in part.Children)
                    if (quote.HasAttribute("data-context") && quote.TextContent.Trim() is { Length: > 0 } context) (contexts ??= []).Add(context);
        }
        return new CitationEdge
        {
            CitingPaperId = citingId,
            Title = title is "(untitled)" ? null : title,
            Year = Int(item, "data-year", what),
            CitationCount = Int(item, "data-citation-count", what),
            IsInfluential = string.Equals(item.GetAttribute("data-influential"), "true", StringComparison.OrdinalIgnoreCase),
            Role = Enum<CitationRole>(item, "data-role", what),
            Polarity = Enum<CitationPolarity>(item, "data-polarity", what),
            Summary = summary,
            Contexts = contexts ?? [],
        };
    }

    private static int? Int(IElement? element, string attribute, string what)
    {
        var text = element?.GetAttribute(attribute);
        if (text is null) return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{what}: {attribute} '{Short(text)}' is not a number");
    }

    private static T Enum<T>(IElement item, string attribute, string what) where T : struct, Enum
    {
        var text = item.GetAttribute(attribute);
        if (text is null) return default;
        return System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw new FormatException($"{what}: {attribute} '{Short(text)}' is not one of {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

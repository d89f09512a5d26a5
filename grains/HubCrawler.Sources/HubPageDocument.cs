using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HubCrawler.Contracts;

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
    private static readonly string ArticleSelector = $"{HubPageMarkup.ArticleTag}.{HubPageMarkup.ArticleClass}[{HubPageMarkup.PaperIdAttribute}]";
    private static readonly byte[] ArticleStart = Encoding.UTF8.GetBytes($"<{HubPageMarkup.ArticleTag} class=\"{HubPageMarkup.ArticleClass}\"");
    private static readonly byte[] ArticleEnd = Encoding.UTF8.GetBytes($"</{HubPageMarkup.ArticleTag}>");

    /// <summary>One page: the paper (same on every page of it), a page of its citing papers, the
    /// offset of the next page (null on the last), and how many citing papers all pages hold.</summary>
    public static (SourceRecord Paper, IReadOnlyList<CitationEdge> Citations, int? NextOffset, int Total) Parse(byte[] body)
    {
        var document = Parser.ParseDocument(ArticleText(body));
        var article = document.QuerySelector(ArticleSelector) ?? throw new FormatException($"the page has no hub article ({ArticleSelector})");
        var key = article.GetAttribute(HubPageMarkup.PaperIdAttribute)!;
        if (!PaperIdentifier.TryParse(key, out var id, out var error)) throw new FormatException($"{HubPageMarkup.PaperIdAttribute}: {error}");
        // The article's parts are its children, each found once by its stable class, id or data attribute:
        // no selector walks the (long) list of citing papers more than once.
        IElement? h1 = null, authors = null, meta = null, idList = null, tldr = null, abstractSection = null, explorer = null;
        foreach (var child in article.Children)
        {
            switch (child.LocalName)
            {
                case "h1" when child.GetAttribute(HubPageMarkup.ItemPropAttribute) == HubPageMarkup.NameProperty: h1 ??= child; break;
                case "p" when child.ClassList.Contains(HubPageMarkup.AuthorsClass): authors ??= child; break;
                case "p" when child.ClassList.Contains(HubPageMarkup.MetaClass): meta ??= child; break;
                case "ul" when child.ClassList.Contains(HubPageMarkup.IdsClass): idList ??= child; break;
                case "section" when child.Id == HubPageMarkup.TldrId: tldr ??= child; break;
                case "section" when child.Id == HubPageMarkup.AbstractId: abstractSection ??= child; break;
                case "section" when child.Id == HubPageMarkup.ExplorerId: explorer ??= child; break;
            }
        }
        var title = h1?.TextContent.Trim() ?? throw new FormatException("the hub article has no title (h1[itemprop=name])");
        if (explorer is null) throw new FormatException("the hub page has no citing-papers explorer (section#explorer)");

        var ids = new PaperIdSet(id);
        foreach (var element in idList?.QuerySelectorAll($"[{HubPageMarkup.IdSchemeAttribute}]") ?? Enumerable.Empty<IElement>())
        {
            var scheme = element.GetAttribute(HubPageMarkup.IdSchemeAttribute)!;
            var value = element.TextContent.Trim();
            ids.Add(scheme == HubPageMarkup.SemanticScholarScheme
                ? (PaperIdentifier.TryParse(value, out var own, out _) ? own : null)
                : PaperIdentifier.FromExternalId(scheme, value));
        }

        var year = meta?.QuerySelector($"time[{HubPageMarkup.YearAttribute}]");
        var date = year?.GetAttribute("datetime");
        var metadata = new PaperMetadata
        {
            PaperId = id.SourceForm,
            Title = title,
            Authors = authors?.QuerySelectorAll($"[{HubPageMarkup.ItemPropAttribute}={HubPageMarkup.AuthorProperty}]").Select(a => a.TextContent.Trim()).Where(a => a.Length > 0).ToList() ?? [],
            Venue = meta?.QuerySelector($"[{HubPageMarkup.VenueAttribute}]")?.TextContent.Trim() is { Length: > 0 } venue ? venue : null,
            Year = Int(year, HubPageMarkup.YearAttribute, "the paper"),
            PublicationDate = date is { Length: 10 } ? date : null,
            CitationCount = Int(meta?.QuerySelector($"[{HubPageMarkup.CitationCountAttribute}]"), HubPageMarkup.CitationCountAttribute, "the paper") ?? 0,
            Tldr = tldr?.QuerySelector($"[{HubPageMarkup.TldrAttribute}]")?.TextContent.Trim(),
            Abstract = abstractSection?.QuerySelector($"[{HubPageMarkup.ItemPropAttribute}={HubPageMarkup.AbstractProperty}]")?.TextContent.Trim(),
            ExternalIds = ids.External(),
        };

        var citations = new List<CitationEdge>();
        IElement? next = null;
        foreach (var part in explorer.Children)
        {
            if (part.LocalName == "ol" && part.ClassList.Contains(HubPageMarkup.PapersClass))
            {
                foreach (var item in part.Children)
                    if (item.LocalName == "li" && item.HasAttribute(HubPageMarkup.CitingAttribute)) citations.Add(Citation(item, citations.Count + 1));
            }
            else if (part.LocalName == "nav" && part.ClassList.Contains(HubPageMarkup.PagerClass))
            {
                next = part.Children.FirstOrDefault(a => a.LocalName == "a" && a.GetAttribute("rel") == HubPageMarkup.NextRel);
            }
        }
        var offset = Int(explorer, HubPageMarkup.OffsetAttribute, "the explorer") ?? 0;
        var total = Int(explorer, HubPageMarkup.TotalAttribute, "the explorer") ?? throw new FormatException($"the explorer has no {HubPageMarkup.TotalAttribute}");
        var limit = Int(explorer, HubPageMarkup.LimitAttribute, "the explorer") ?? throw new FormatException($"the explorer has no {HubPageMarkup.LimitAttribute}");
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
        var citingId = item.GetAttribute(HubPageMarkup.PaperIdAttribute);
        if (citingId is not null && !PaperIdentifier.TryParse(citingId, out _, out var error)) throw new FormatException($"{what}: {HubPageMarkup.PaperIdAttribute}: {error}");
        string? title = null, summary = null;
        List<string>? contexts = null;
        foreach (var part in item.Children)
        {
            if (part.ClassList.Contains(HubPageMarkup.TitleClass)) title ??= part.TextContent.Trim();
            else if (part.HasAttribute(HubPageMarkup.SummaryAttribute)) summary ??= part.TextContent.Trim();
            else if (part.LocalName == "details")
                foreach (var quote in part.Children)
                    if (quote.HasAttribute(HubPageMarkup.ContextAttribute) && quote.TextContent.Trim() is { Length: > 0 } context) (contexts ??= []).Add(context);
        }
        return new CitationEdge
        {
            CitingPaperId = citingId,
            Title = title is HubPageMarkup.Untitled ? null : title,
            Year = Int(item, HubPageMarkup.YearAttribute, what),
            CitationCount = Int(item, HubPageMarkup.CitationCountAttribute, what),
            IsInfluential = string.Equals(item.GetAttribute(HubPageMarkup.InfluentialAttribute), HubPageMarkup.Flag(true), StringComparison.OrdinalIgnoreCase),
            Role = Enum<CitationRole>(item, HubPageMarkup.RoleAttribute, what),
            Polarity = Enum<CitationPolarity>(item, HubPageMarkup.PolarityAttribute, what),
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

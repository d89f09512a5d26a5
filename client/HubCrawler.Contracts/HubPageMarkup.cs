namespace HubCrawler.Contracts;

/// <summary>The stable markup of a hub page that machines read: the names the web page writes (HubCrawler.Api's hub
/// page components) and another HubCrawler's hub source reads back (HubCrawler.Sources' HubPageDocument), defined once
/// here so the writer and the reader cannot drift apart. The visible text is for people and is not part of it.</summary>
public static class HubPageMarkup
{
    /// <summary>The article that holds the hub, <c>article.hub[data-paper-id]</c>.</summary>
    public const string ArticleTag = "article";
    public const string ArticleClass = "hub";
    public const string PaperIdAttribute = "data-paper-id";

    /// <summary>schema.org microdata: the title (<c>h1</c>), each author and the abstract.</summary>
    public const string ItemPropAttribute = "itemprop";
    public const string NameProperty = "name";
    public const string AuthorProperty = "author";
    public const string AbstractProperty = "abstract";

    /// <summary>The article's paragraphs of authors and of facts (venue, year, citation count).</summary>
    public const string AuthorsClass = "authors";
    public const string MetaClass = "meta";
    public const string VenueAttribute = "data-venue";
    public const string YearAttribute = "data-year";
    public const string CitationCountAttribute = "data-citation-count";

    /// <summary>The identifier list: each id's element carries its scheme (an external id's key, or <see cref="SemanticScholarScheme"/>).</summary>
    public const string IdsClass = "ids";
    public const string IdSchemeAttribute = "data-id-scheme";
    public const string SemanticScholarScheme = "semanticScholar";

    /// <summary>The TL;DR and abstract sections.</summary>
    public const string TldrId = "tldr";
    public const string TldrAttribute = "data-tldr";
    public const string AbstractId = "abstract";

    /// <summary>The citing-papers explorer: <c>section#explorer</c> with its page's offset, limit and total, an
    /// <c>ol.papers</c> of <c>li[data-citing]</c> items and a <c>nav.pager</c> whose <c>a[rel=next]</c> says there is more.</summary>
    public const string ExplorerId = "explorer";
    public const string OffsetAttribute = "data-offset";
    public const string LimitAttribute = "data-limit";
    public const string TotalAttribute = "data-total";
    public const string PapersClass = "papers";
    public const string CitingAttribute = "data-citing";
    public const string PagerClass = "pager";
    public const string NextRel = "next";

    /// <summary>On each citing paper: its role and polarity (the enums' names in lower case), whether it is influential
    /// (<c>true</c>/<c>false</c>), its title element, its one-line summary and its citation contexts.</summary>
    public const string RoleAttribute = "data-role";
    public const string PolarityAttribute = "data-polarity";
    public const string InfluentialAttribute = "data-influential";
    public const string TitleClass = "title";
    public const string SummaryAttribute = "data-summary";
    public const string ContextAttribute = "data-context";

    /// <summary>What a paper without a title is called on the page (and read back as no title).</summary>
    public const string Untitled = "(untitled)";

    /// <summary>A flag as the page writes it.</summary>
    public static string Flag(bool value) => value ? "true" : "false";
}

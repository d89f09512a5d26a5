namespace HubCrawler.Grains.Hubs;

/// <summary>Which source's word counts for each field of a merged paper: the first source in a
/// field's list that gives a value. The reasons: arXiv's abs pages are the authors' own record of
/// title, authors, date and abstract; OpenAlex indexes the citation graph at scale, so its count of
/// citing works is the most complete and its abstracts are broad; Semantic Scholar alone has TL;DRs,
/// influential citations and intents; a mirrored hub page is a copy, so it comes last everywhere.</summary>
public static class FieldPrecedence
{
    public const string SemanticScholar = "semanticscholar";
    public const string OpenAlex = "openalex";
    public const string Arxiv = "arxiv";
    public const string Hub = "hub";

    public static readonly IReadOnlyDictionary<string, string[]> Metadata = new Dictionary<string, string[]>
    {
        ["title"] = [Arxiv, SemanticScholar, OpenAlex, Hub],
        ["authors"] = [Arxiv, SemanticScholar, OpenAlex, Hub],
        ["year"] = [Arxiv, SemanticScholar, OpenAlex, Hub],
        ["publicationDate"] = [Arxiv, SemanticScholar, OpenAlex, Hub],
        ["abstract"] = [Arxiv, OpenAlex, SemanticScholar, Hub],
        ["tldr"] = [SemanticScholar, Hub],
        ["venue"] = [SemanticScholar, OpenAlex, Hub],
        ["citationCount"] = [OpenAlex, SemanticScholar, Hub],
        ["influentialCitationCount"] = [SemanticScholar, Hub],
        ["referenceCount"] = [SemanticScholar, OpenAlex, Hub],
        ["url"] = [SemanticScholar, OpenAlex, Arxiv, Hub],
        ["pdfUrl"] = [Arxiv, OpenAlex, SemanticScholar, Hub],
    };

    /// <summary>For a citation listed by several sources: intents, contexts and the influential flag come
    /// from Semantic Scholar, then from a hub page; the citing paper's facts from the first that lists it.</summary>
    public static readonly string[] Citations = [SemanticScholar, Hub, OpenAlex];

    /// <summary>The position of <paramref name="source"/> in <paramref name="order"/>; unknown sources go last.</summary>
    public static int Rank(string[] order, string source) => Array.IndexOf(order, source) is var i and >= 0 ? i : order.Length;
}

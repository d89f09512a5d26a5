namespace HubCrawler.Sources.Hubs;

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
    /// <summary>OpenCitations gives ids and citation links only, so it comes last for every field and every citation.</summary>
    public const string OpenCitations = "opencitations";

    public static readonly IReadOnlyDictionary<string, string[]> Metadata = new Dictionary<string, string[]>
    {
        ["title"] = [Arxiv, SemanticScholar, OpenAlex, Hub, OpenCitations],
        ["authors"] = [Arxiv, SemanticScholar, OpenAlex, Hub, OpenCitations],
        ["year"] = [Arxiv, SemanticScholar, OpenAlex, Hub, OpenCitations],
        ["publicationDate"] = [Arxiv, SemanticScholar, OpenAlex, Hub, OpenCitations],
        ["abstract"] = [Arxiv, OpenAlex, SemanticScholar, Hub, OpenCitations],
        ["tldr"] = [SemanticScholar, Hub, OpenCitations],
        ["venue"] = [SemanticScholar, OpenAlex, Hub, OpenCitations],
        ["citationCount"] = [OpenAlex, SemanticScholar, Hub, OpenCitations],
        ["influentialCitationCount"] = [SemanticScholar, Hub, OpenCitations],
        ["referenceCount"] = [SemanticScholar, OpenAlex, Hub, OpenCitations],
        ["url"] = [SemanticScholar, OpenAlex, Arxiv, Hub, OpenCitations],
        ["pdfUrl"] = [Arxiv, OpenAlex, SemanticScholar, Hub, OpenCitations],
    };

    /// <summary>For a citation listed by several sources: intents, contexts and the influential flag come
    /// from Semantic Scholar, then from a hub page; the citing paper's facts from the first that lists it.</summary>
    public static readonly string[] Citations = [SemanticScholar, Hub, OpenAlex, OpenCitations];

    /// <summary>The position of <paramref name="source"/> in <paramref name="order"/>; unknown sources go last.</summary>
    public static int Rank(string[] order, string source) => Array.IndexOf(order, source) is var i and >= 0 ? i : order.Length;
}

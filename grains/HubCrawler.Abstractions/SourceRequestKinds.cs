namespace HubCrawler.Abstractions;

/// <summary>The kinds of request a source is asked, as counted per paper and per crawl under the key
/// "{source}/{kind}" (e.g. "semanticscholar/batch"). Retries count under the kind of the request they repeat.</summary>
public static class SourceRequestKinds
{
    /// <summary>A single read of one paper, work or page (GET /paper/{id}, /works/W…, an arXiv abs page, a hub's first page).</summary>
    public const string Metadata = "metadata";

    /// <summary>One request that asks for many papers at once (Semantic Scholar POST /paper/batch); counted once, by the first paper in it.</summary>
    public const string Batch = "batch";

    /// <summary>One page of a paper's citing papers.</summary>
    public const string Citations = "citations";

    /// <summary>One page of the papers a paper cites.</summary>
    public const string References = "references";

    /// <summary>A search by title or words (Semantic Scholar GET /paper/search or /paper/search/match, OpenAlex /works?search=).</summary>
    public const string Search = "search";

    /// <summary>A conditional request the source answered 304 Not Modified.</summary>
    public const string Revalidation = "revalidation";

    /// <summary>A request answered 429 or 503 (counted besides its kind).</summary>
    public const string Throttled = "throttled";

    /// <summary>The counter key for <paramref name="kind"/> requests to <paramref name="source"/>: "{source}/{kind}".</summary>
    public static string Key(string source, string kind) => $"{source}/{kind}";
}

namespace HubCrawler.Abstractions;

/// <summary>Kinds of source requests a crawl spends, counted under "{source}/{kind}".</summary>
public static class SourceRequestKinds
{
    /// <summary>A single paper or work lookup (GET).</summary>
    public const string Metadata = "metadata";
    /// <summary>A batched lookup of many papers (Semantic Scholar POST /paper/batch).</summary>
    public const string Batch = "batch";
    /// <summary>A page of a paper's citing papers.</summary>
    public const string Citations = "citations";
    /// <summary>A conditional request the source answered 304.</summary>
    public const string Revalidation = "revalidation";
    /// <summary>A request answered 429 or 503 (counted besides its kind).</summary>
    public const string Throttled = "throttled";

    /// <summary>The counter key for <paramref name="kind"/> requests to <paramref name="source"/>.</summary>
    public static string Key(string source, string kind) => $"{source}/{kind}";
}

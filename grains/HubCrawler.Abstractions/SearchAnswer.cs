namespace HubCrawler.Abstractions;

/// <summary>The answer to a search: the papers found (best first), the one whose title is the query when there is
/// one, or why there is no answer; with which sources were asked, which failed, and what it cost.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.SearchAnswer")]
public sealed record SearchAnswer
{
    /// <summary>The query as searched for (whitespace collapsed), or the id's canonical form.</summary>
    [Id(0)] public string Query { get; init; } = "";
    /// <summary>The paper the query names: the id itself, or the result whose title equals the query (case, accents
    /// and punctuation ignored). Null when there is none (or more than one paper has that title).</summary>
    [Id(1)] public SearchHit? ExactMatch { get; init; }
    [Id(2)] public IReadOnlyList<SearchHit> Results { get; init; } = [];
    [Id(3)] public SearchErrorKind Error { get; init; }
    [Id(4)] public string? Message { get; init; }
    /// <summary>The sources asked, in configured order.</summary>
    [Id(5)] public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>Sources that failed, with what went wrong; the others' results are still given.</summary>
    [Id(6)] public IReadOnlyDictionary<string, string> FailedSources { get; init; } = new Dictionary<string, string>();
    /// <summary>Requests sent to the sources for this answer (0 for an id, or a query answered from the cache).</summary>
    [Id(7)] public int Requests { get; init; }
    /// <summary>True when the query was a paper id: no source was asked.</summary>
    [Id(8)] public bool IsId { get; init; }
    /// <summary>When no source answered and every one that failed asked to wait: when the last of them may be asked again.</summary>
    [Id(9)] public DateTimeOffset? RetryAt { get; init; }

    public static SearchAnswer Invalid(string message) => new() { Error = SearchErrorKind.InvalidInput, Message = message };
}

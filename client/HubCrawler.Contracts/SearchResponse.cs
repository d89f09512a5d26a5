namespace HubCrawler.Contracts;

/// <summary>The answer to <c>GET /api/search</c>.</summary>
/// <param name="Query">The query as searched for, or the id's canonical form.</param>
/// <param name="IsId">True when the query was a paper id: no source was asked, and <paramref name="ExactMatch"/> is that paper.</param>
/// <param name="ExactMatch">The paper the query names (the id, or the one result whose title is the query, case and punctuation ignored); null when none.</param>
/// <param name="Results">The papers found, best first.</param>
/// <param name="Sources">The sources asked.</param>
/// <param name="FailedSources">Sources that failed while others answered, with what went wrong.</param>
/// <param name="Requests">Requests sent to the sources (0 when the answer came from the cache).</param>
public sealed record SearchResponse(string Query, bool IsId, SearchResultItem? ExactMatch, IReadOnlyList<SearchResultItem> Results,
    IReadOnlyList<string> Sources, IReadOnlyDictionary<string, string> FailedSources, int Requests);

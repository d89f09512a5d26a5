namespace HubCrawler.Contracts;

/// <summary>One paper a search found, with the address of its hub (opening it builds the hub; the search did not).</summary>
/// <param name="HubId">The id the hub opens under.</param>
/// <param name="Hub">The hub page, <c>/papers/{hubId}</c>; <c>/api/papers/{hubId}</c> is its JSON.</param>
public sealed record SearchResultItem(string HubId, string Hub, string? Title, int? Year, IReadOnlyList<string> Authors, string? Venue,
    int? CitationCount, IReadOnlyDictionary<string, string> Ids, IReadOnlyList<string> Sources);

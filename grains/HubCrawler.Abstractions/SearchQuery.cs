namespace HubCrawler.Abstractions;

/// <summary>What the search box was given (<see cref="SearchInput.Classify"/>): exactly one of a paper id, words to
/// search for (whitespace collapsed), or why it is not a valid query.</summary>
public sealed record SearchQuery
{
    public PaperIdentifier? Id { get; init; }
    public string? Text { get; init; }
    public string? Error { get; init; }

    public static SearchQuery Invalid(string error) => new() { Error = error };
}

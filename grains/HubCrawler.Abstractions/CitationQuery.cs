namespace HubCrawler.Abstractions;

/// <summary>Which citing papers to page through.</summary>
[GenerateSerializer, Immutable]
public sealed record CitationQuery
{
    public const int MaxLimit = 1000;

    [Id(0)] public int Offset { get; init; }
    [Id(1)] public int Limit { get; init; } = 50;
    /// <summary>Only citations in this role, or all when null.</summary>
    [Id(2)] public CitationRole? Role { get; init; }

    /// <summary>Null when the query is valid, else what is wrong with it.</summary>
    public string? Validate() =>
        Offset < 0 ? "offset must be 0 or more."
        : Limit is < 1 or > MaxLimit ? $"limit must be between 1 and {MaxLimit}."
        : null;
}

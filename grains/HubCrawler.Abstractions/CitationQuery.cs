namespace HubCrawler.Abstractions;

/// <summary>Which citing papers to page through, and in what order.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.CitationQuery")]
public sealed record CitationQuery
{
    public const int MaxLimit = 1000;
    public const int MaxOffset = 10_000_000;
    public const int MaxYear = 9999;
    /// <summary>What <see cref="Validate"/> says of a year outside 0 to <see cref="MaxYear"/>; the API's query records say the same.</summary>
    public const string YearRangeMessage = "years must be between 0 and 9999.";

    [Id(0)] public int Offset { get; init; }
    [Id(1)] public int Limit { get; init; } = 50;
    /// <summary>Only citations in this role, or all when null.</summary>
    [Id(2)] public CitationRole? Role { get; init; }
    /// <summary>Only citations with this polarity, or all when null.</summary>
    [Id(3)] public CitationPolarity? Polarity { get; init; }
    /// <summary>Only citing papers published in or after this year.</summary>
    [Id(4)] public int? YearFrom { get; init; }
    /// <summary>Only citing papers published in or before this year.</summary>
    [Id(5)] public int? YearTo { get; init; }
    [Id(6)] public CitationSort Sort { get; init; }

    /// <summary>True when the query selects every citation in source order (no filter, no sort).</summary>
    public bool IsPlain => Role is null && Polarity is null && YearFrom is null && YearTo is null && Sort == CitationSort.Source;

    /// <summary>Null when the query is valid, else what is wrong with it, naming each field as <paramref name="nameOf"/>
    /// says (the CLI passes its option names, <c>--year-from</c>); by default as the API's query parameters (<c>yearFrom</c>).</summary>
    public string? Validate(Func<string, string>? nameOf = null)
    {
        nameOf ??= static name => name;
        return Offset is < 0 or > MaxOffset ? $"{nameOf("offset")} must be between 0 and {MaxOffset}."
            : Limit is < 1 or > MaxLimit ? $"{nameOf("limit")} must be between 1 and {MaxLimit}."
            : YearFrom is < 0 or > MaxYear || YearTo is < 0 or > MaxYear ? YearRangeMessage
            : YearFrom > YearTo ? $"{nameOf("yearFrom")} must not be after {nameOf("yearTo")}."
            : null;
    }

    /// <summary>Whether a citation passes the query's filters.</summary>
    public bool Matches(CitationEdge citation) =>
        (Role is null || citation.Role == Role)
        && (Polarity is null || citation.Polarity == Polarity)
        && (YearFrom is null || citation.Year >= YearFrom)
        && (YearTo is null || citation.Year <= YearTo);
}

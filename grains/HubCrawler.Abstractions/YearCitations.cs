namespace HubCrawler.Abstractions;

/// <summary>The citations of one year (the citing papers' publication year), by role and by polarity.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.YearCitations")]
public sealed record YearCitations
{
    [Id(0)] public int Year { get; init; }
    [Id(1)] public int Total { get; init; }
    [Id(2)] public int Background { get; init; }
    [Id(3)] public int Method { get; init; }
    [Id(4)] public int Comparison { get; init; }
    [Id(5)] public int Unclassified { get; init; }
    [Id(6)] public int Supporting { get; init; }
    [Id(7)] public int Neutral { get; init; }
    [Id(8)] public int Contrasting { get; init; }

    /// <summary>Citations of the year with no polarity.</summary>
    public int PolarityUnclassified => Total - Supporting - Neutral - Contrasting;

    /// <summary>The count of one role.</summary>
    public int Of(CitationRole role) => role switch
    {
        CitationRole.Background => Background,
        CitationRole.Method => Method,
        CitationRole.Comparison => Comparison,
        _ => Unclassified,
    };

    /// <summary>The count of one polarity.</summary>
    public int Of(CitationPolarity polarity) => polarity switch
    {
        CitationPolarity.Supporting => Supporting,
        CitationPolarity.Neutral => Neutral,
        CitationPolarity.Contrasting => Contrasting,
        _ => PolarityUnclassified,
    };
}

namespace HubCrawler.Simulator;

/// <summary>Parameters of a <see cref="SyntheticGraph"/>; the same options always build the same graph.</summary>
public sealed record SyntheticGraphOptions
{
    /// <summary>Number of regular papers (indices 0..Papers-1). Leaf papers for the heavy paper come on top.</summary>
    public int Papers { get; init; } = 5000;

    /// <summary>Seed of every random choice made while building the graph.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Minimum number of citation records of paper 0; 0 means there is no heavy paper.</summary>
    public int HeavyPaperCitations { get; init; } = 20000;

    /// <summary>Mean number of references made by each regular paper.</summary>
    public int MeanReferences { get; init; } = 8;

    /// <summary>Probability that a reference points to a later paper, which closes cycles.</summary>
    public double CycleRate { get; init; } = 0.05;

    /// <summary>Fraction of citation records whose citer is not a paper of the graph.</summary>
    public double UnresolvedCitationRate { get; init; } = 0.03;

    /// <summary>
    /// Mean number of references to works outside the graph (null paperId) after each reference a paper makes; they
    /// count in its referenceCount. 0 (the default) leaves every reference resolved, as before the knob existed.
    /// </summary>
    public double UnresolvedReferenceRate { get; init; }

    /// <summary>
    /// Fraction of papers that have no journal DOI: their only DOI is arXiv's DataCite DOI 10.48550/arXiv.{id}, which
    /// every form serves as the paper's DOI (OpenAlex as https://doi.org/10.48550/arxiv.{id}, arXiv as citation_doi),
    /// and OpenCitations does not index them. Drawn per paper from a generator of its own. 0 (the default): every
    /// paper has a journal DOI.
    /// </summary>
    public double PreprintOnlyRate { get; init; }
}

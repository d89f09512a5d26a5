namespace HubCrawler.Simulator;

/// <summary>A paper of a <see cref="SyntheticGraph"/>, with the metadata the Graph API serves.</summary>
public sealed record SimPaper
{
    /// <summary>Position in <see cref="SyntheticGraph.Papers"/>.</summary>
    public required int Index { get; init; }

    /// <summary>Semantic Scholar paper id: 40 lowercase hex characters.</summary>
    public required string PaperId { get; init; }

    /// <summary>arXiv id such as "2501.00042", unique in the graph.</summary>
    public required string ArxivId { get; init; }

    /// <summary>DOI of the form "10.5555/hubsim.{Index}".</summary>
    public required string Doi { get; init; }

    /// <summary>Semantic Scholar corpus id: 1,000,000 + <see cref="Index"/>.</summary>
    public required long CorpusId { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Abstract of two to four sentences.</summary>
    public required string Abstract { get; init; }

    /// <summary>One-sentence summary, or null when the paper has none.</summary>
    public required string? Tldr { get; init; }

    /// <summary>Publication year, 2015 to 2025.</summary>
    public required int Year { get; init; }

    /// <summary>Publication date formatted yyyy-MM-dd.</summary>
    public required string PublicationDate { get; init; }

    /// <summary>Venue name.</summary>
    public required string Venue { get; init; }

    /// <summary>One to six authors.</summary>
    public required IReadOnlyList<SimAuthor> Authors { get; init; }

    /// <summary>Number of citation records of this paper, unresolved citers included.</summary>
    public required int CitationCount { get; init; }

    /// <summary>Number of this paper's citation records marked influential.</summary>
    public required int InfluentialCitationCount { get; init; }

    /// <summary>Number of papers of the graph that this paper cites.</summary>
    public required int ReferenceCount { get; init; }

    /// <summary>The Semantic Scholar web page of the paper.</summary>
    public string Url => "https://www.semanticscholar.org/paper/" + PaperId;
}

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

    /// <summary>DOI of the form "10.5555/hubsim.{Index}"; for a paper without a journal DOI
    /// (<see cref="HasJournalDoi"/> false) arXiv's DataCite DOI "10.48550/arXiv.{ArxivId}".</summary>
    public required string Doi { get; init; }

    /// <summary>Prefix of arXiv's DataCite DOIs ("10.48550/arXiv." + arXiv id), as arXiv writes it.</summary>
    public const string ArxivDoiPrefix = "10.48550/arXiv.";

    /// <summary>False for a preprint without a journal DOI (<see cref="SyntheticGraphOptions.PreprintOnlyRate"/>).</summary>
    public bool HasJournalDoi { get; init; } = true;

    /// <summary>arXiv's DataCite DOI of the paper, "10.48550/arXiv.{ArxivId}".</summary>
    public string ArxivDoi => ArxivDoiPrefix + ArxivId;

    /// <summary>PubMed id of about one paper in three (those OpenCitations names with pmid:), else null.</summary>
    public long? Pmid => Index % 3 == 0 ? PmidBase + Index : null;

    /// <summary>PMIDs of the graph are this base plus <see cref="Index"/>.</summary>
    public const long PmidBase = 30_000_000;

    /// <summary>
    /// Every id OpenCitations names the paper by, space-separated as in its citing and cited fields: "omid:br/061{i}
    /// doi:{doi}", then " pmid:{pmid}" when it has one, then, for one paper in five, a second DOI (arXiv's DataCite
    /// DOI, lower-cased as OpenCitations writes ids), as real rows name a paper's preprint DOI after its journal DOI.
    /// </summary>
    public string OpenCitationsIds =>
        $"omid:{Omid} doi:{Doi.ToLowerInvariant()}"
        + (Pmid is { } pmid ? " pmid:" + pmid.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
        + (HasJournalDoi && Index % 5 == 0 ? " doi:" + ArxivDoi.ToLowerInvariant() : string.Empty);

    /// <summary>OpenCitations' id of the paper without its "omid:" prefix: "br/061" + <see cref="Index"/>.</summary>
    public string Omid => "br/061" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Semantic Scholar corpus id: 1,000,000 + <see cref="Index"/>.</summary>
    public required long CorpusId { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Seed of the graph; with <see cref="Index"/> it determines the generated abstract and TLDR.</summary>
    internal int TextSeed { get; init; }

    /// <summary>Abstract of two to four sentences, generated on each access (the same text every time).</summary>
    public string Abstract => SyntheticText.PaperAbstract(TextSeed, Index);

    /// <summary>One-sentence summary generated on each access, or null for about one paper in five.</summary>
    public string? Tldr => SyntheticText.PaperTldr(TextSeed, Index);

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

    /// <summary>Number of this paper's references: the papers of the graph it cites, plus its unresolved references
    /// (<see cref="SyntheticGraphOptions.UnresolvedReferenceRate"/>).</summary>
    public required int ReferenceCount { get; init; }

    /// <summary>OpenAlex work ids of the graph are "W" followed by this base plus <see cref="Index"/>.</summary>
    public const long OpenAlexIdBase = 3_000_000_000;

    /// <summary>OpenAlex work id: "W" + (<see cref="OpenAlexIdBase"/> + <see cref="Index"/>), e.g. "W3000000042".</summary>
    public string OpenAlexId => "W" + (OpenAlexIdBase + Index).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The Semantic Scholar web page of the paper.</summary>
    public string Url => "https://www.semanticscholar.org/paper/" + PaperId;
}

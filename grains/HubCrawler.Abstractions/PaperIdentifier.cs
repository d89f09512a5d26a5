using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace HubCrawler.Abstractions;

/// <summary>A validated paper id in one scheme. Parsing is strict so that user input cannot
/// name anything but a paper (no path tricks, no other hosts, no unbounded junk keys).</summary>
public sealed partial record PaperIdentifier(PaperIdScheme Scheme, string Value)
{
    /// <summary>Longest accepted input; real DOIs stay far below it.</summary>
    public const int MaxLength = 200;

    /// <summary>True for the canonical scheme, whose ids are grain keys as they are.</summary>
    public bool IsCanonical => Scheme == PaperIdScheme.SemanticScholar;

    /// <summary>The form Semantic Scholar takes in a path: "arXiv:2507.21802", "DOI:10.1/x", a bare hex id.</summary>
    public string SourceForm => IsCanonical ? Value : SchemePrefix + ":" + Value;

    /// <summary>A normalised key for alias grains: the same paper named the same way always gives the same key.</summary>
    public string AliasKey => Scheme == PaperIdScheme.SemanticScholar ? Value : SchemePrefix.ToLowerInvariant() + ":" + Value;

    private string SchemePrefix => Scheme switch
    {
        PaperIdScheme.ArXiv => "arXiv",
        PaperIdScheme.Doi => "DOI",
        PaperIdScheme.CorpusId => "CorpusId",
        PaperIdScheme.PubMed => "PMID",
        PaperIdScheme.OpenAlex => "OpenAlex",
        _ => "",
    };

    public override string ToString() => SourceForm;

    /// <summary>Parses any accepted form; <paramref name="error"/> says why not when it fails.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out PaperIdentifier? id, [NotNullWhen(false)] out string? error)
    {
        id = null;
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
        {
            error = "The paper id is empty.";
            return false;
        }
        if (text.Length > MaxLength)
        {
            error = $"The paper id is longer than {MaxLength} characters.";
            return false;
        }

        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            if (S2Id().IsMatch(text))
            {
                id = new(PaperIdScheme.SemanticScholar, text.ToLowerInvariant());
                error = null;
                return true;
            }
            error = $"'{text}' is not a paper id. Use a 40-character Semantic Scholar id, arXiv:<id>, DOI:<doi>, CorpusId:<n>, PMID:<n> or OpenAlex:W<n>.";
            return false;
        }

        var prefix = text[..colon].ToLowerInvariant();
        var value = text[(colon + 1)..].Trim();
        (id, error) = prefix switch
        {
            "arxiv" => ParseArxiv(value),
            "doi" => ParseDoi(value),
            "corpusid" => ParseNumber(PaperIdScheme.CorpusId, value, "CorpusId"),
            "pmid" => ParseNumber(PaperIdScheme.PubMed, value, "PMID"),
            "openalex" => ParseOpenAlex(value),
            _ => (null, $"Unknown id scheme '{text[..colon]}'. Use arXiv:, DOI:, CorpusId:, PMID: or OpenAlex:, or a bare Semantic Scholar id."),
        };
        return id is not null;
    }

    /// <summary>True for a grain key in the canonical (Semantic Scholar) scheme, without parsing anything else.</summary>
    public static bool IsSemanticScholarId(string id) => S2Id().IsMatch(id);

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static PaperIdentifier Parse(string input) =>
        TryParse(input, out var id, out var error) ? id : throw new FormatException(error);

    private static (PaperIdentifier?, string?) ParseArxiv(string value)
    {
        var match = ArxivId().Match(value);
        if (!match.Success)
            return (null, $"'{value}' is not an arXiv id (expected e.g. arXiv:2507.21802 or arXiv:hep-th/9901001).");
        // The version names a revision of the same paper, so it is not part of the key.
        return (new PaperIdentifier(PaperIdScheme.ArXiv, match.Groups["id"].Value), null);
    }

    private static (PaperIdentifier?, string?) ParseDoi(string value)
    {
        if (!Doi().IsMatch(value) || value.Contains("..", StringComparison.Ordinal) || value.Contains("//", StringComparison.Ordinal))
            return (null, $"'{value}' is not a DOI (expected e.g. DOI:10.18653/v1/N18-3011).");
        // DOIs are case-insensitive by definition.
        return (new PaperIdentifier(PaperIdScheme.Doi, value.ToLowerInvariant()), null);
    }

    private static (PaperIdentifier?, string?) ParseNumber(PaperIdScheme scheme, string value, string name) =>
        Number().IsMatch(value)
            ? (new PaperIdentifier(scheme, value.TrimStart('0') is { Length: > 0 } v ? v : "0"), null)
            : (null, $"'{value}' is not a {name} (expected digits only).");

    private static (PaperIdentifier?, string?) ParseOpenAlex(string value) =>
        OpenAlexWork().IsMatch(value)
            ? (new PaperIdentifier(PaperIdScheme.OpenAlex, "W" + value[1..]), null)
            : (null, $"'{value}' is not an OpenAlex work id (expected e.g. OpenAlex:W2741809807).");

    /// <summary>The id of the paper in <paramref name="scheme"/> named the way <see cref="PaperMetadata.ExternalIds"/> keys it, if it parses.</summary>
    public static PaperIdentifier? FromExternalId(string scheme, string value) => scheme.ToLowerInvariant() switch
    {
        "doi" => TryParse("DOI:" + value, out var doi, out _) ? doi : null,
        "arxiv" => TryParse("arXiv:" + value, out var arxiv, out _) ? arxiv : null,
        "corpusid" => TryParse("CorpusId:" + value, out var corpus, out _) ? corpus : null,
        "pubmed" => TryParse("PMID:" + value, out var pmid, out _) ? pmid : null,
        "openalex" => TryParse("OpenAlex:" + value, out var work, out _) ? work : null,
        _ => null,
    };

    /// <summary>The DOI prefix arXiv registers its papers under at DataCite (<c>10.48550/arXiv.{id}</c>).</summary>
    public const string ArxivDataCitePrefix = "10.48550/arxiv.";

    /// <summary>For arXiv's DataCite DOI (<c>10.48550/arXiv.2507.21802</c>, any case): the arXiv id it names; else null.
    /// Such a DOI names the arXiv paper itself, not a published version.</summary>
    public PaperIdentifier? ArxivOfDataCiteDoi() =>
        Scheme == PaperIdScheme.Doi && Value.StartsWith(ArxivDataCitePrefix, StringComparison.Ordinal)
        && TryParse("arXiv:" + Value[ArxivDataCitePrefix.Length..], out var arxiv, out _)
            ? arxiv
            : null;

    /// <summary>For an arXiv id: arXiv's DataCite DOI of the paper (how OpenAlex names arXiv papers); else null.</summary>
    public PaperIdentifier? DataCiteDoiOfArxiv() =>
        Scheme == PaperIdScheme.ArXiv ? new PaperIdentifier(PaperIdScheme.Doi, ArxivDataCitePrefix + Value.ToLowerInvariant()) : null;

    /// <summary>The key <see cref="PaperMetadata.ExternalIds"/> uses for this id's scheme.</summary>
    public string ExternalIdKey => Scheme switch
    {
        PaperIdScheme.ArXiv => "ArXiv",
        PaperIdScheme.Doi => "DOI",
        PaperIdScheme.CorpusId => "CorpusId",
        PaperIdScheme.PubMed => "PubMed",
        PaperIdScheme.OpenAlex => "OpenAlex",
        _ => "SemanticScholar",
    };

    [GeneratedRegex("^[Ww][1-9][0-9]{0,11}$")]
    private static partial Regex OpenAlexWork();

    [GeneratedRegex("^[0-9a-fA-F]{40}$")]
    private static partial Regex S2Id();

    [GeneratedRegex(@"^(?<id>\d{4}\.\d{4,5}|[a-z][a-z\-]*(\.[A-Z]{2})?/\d{7})(v\d{1,3})?$")]
    private static partial Regex ArxivId();

    [GeneratedRegex(@"^10\.\d{4,9}/[A-Za-z0-9\-._;()/:<>\[\]+]{1,180}$")]
    private static partial Regex Doi();

    [GeneratedRegex(@"^\d{1,12}$")]
    private static partial Regex Number();
}

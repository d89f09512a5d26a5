namespace HubCrawler.Api.Export;

/// <summary>What each export format is called, served as and saved as, and which exports offer it.</summary>
internal static class ExportFormats
{
    /// <summary>A crawl's graph: every format.</summary>
    public static readonly ExportFormat[] Crawl = Enum.GetValues<ExportFormat>();

    /// <summary>One paper's citation list: the reference-manager formats.</summary>
    public static readonly ExportFormat[] Paper = [ExportFormat.Bibtex, ExportFormat.Ris, ExportFormat.Csljson];

    public static string Name(ExportFormat format) => format.ToString().ToLowerInvariant();

    public static string[] Names(IEnumerable<ExportFormat> formats) => formats.Select(Name).ToArray();

    public static bool IsBibliography(ExportFormat format) => format is ExportFormat.Bibtex or ExportFormat.Ris or ExportFormat.Csljson;

    public static string MediaType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv",
        ExportFormat.Graphml => "application/graphml+xml",
        ExportFormat.Gexf => "application/gexf+xml",
        ExportFormat.Bibtex => "application/x-bibtex",
        ExportFormat.Ris => "application/x-research-info-systems",
        ExportFormat.Csljson => "application/vnd.citationstyles.csl+json",
        _ => "application/x-ndjson",
    };

    public static string ContentType(ExportFormat format) => MediaType(format) + "; charset=utf-8";

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Bibtex => "bib",
        ExportFormat.Csljson => "json",
        _ => Name(format),
    };

    /// <summary>The format named by <paramref name="text"/> (any case; empty: <paramref name="fallback"/>) among <paramref name="allowed"/>,
    /// else null with an error that lists them.</summary>
    public static ExportFormat? Parse(string text, ExportFormat fallback, IReadOnlyList<ExportFormat> allowed, out string? error)
    {
        error = null;
        if (text.Length == 0) return fallback;
        foreach (var format in allowed)
            if (string.Equals(Name(format), text, StringComparison.OrdinalIgnoreCase))
                return format;
        error = $"format must be one of {string.Join(", ", Names(allowed))}, not '{(text.Length <= 40 ? text : text[..40] + "…")}'.";
        return null;
    }
}

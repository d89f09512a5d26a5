namespace HubCrawler.Simulator;

/// <summary>The one filter of a GET /openalex/works request that the simulator understands.</summary>
/// <param name="Kind">"cites", "openalex" (also "ids.openalex"), "doi", or "" for no filter (every work).</param>
/// <param name="Values">The filter's values, split on '|'.</param>
internal sealed record OpenAlexFilter(string Kind, IReadOnlyList<string> Values)
{
    /// <summary>Most values one OR filter may list, as OpenAlex allows.</summary>
    public const int MaxValues = OpenAlexLimits.MaxFilterValues;

    /// <summary>Parses the filter parameter; returns null and an error message when it is not supported or malformed.</summary>
    public static OpenAlexFilter? Parse(string? filter, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(filter))
        {
            return new OpenAlexFilter(string.Empty, []);
        }

        if (filter.Contains(',', StringComparison.Ordinal))
        {
            error = "The simulator supports one filter at a time (cites, openalex, ids.openalex or doi).";
            return null;
        }

        var colon = filter.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? filter.Trim() : filter[..colon].Trim().ToLowerInvariant();
        if (colon < 0 || kind is not ("cites" or "openalex" or "ids.openalex" or "doi"))
        {
            error = $"{kind} is not a valid field. Valid fields here: cites, openalex, ids.openalex, doi.";
            return null;
        }

        var values = filter[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (values.Length == 0)
        {
            error = $"Filter {kind} needs a value.";
            return null;
        }

        if (values.Length > MaxValues)
        {
            error = $"Maximum number of values exceeded for {kind}. Decrease values to {MaxValues} or below, or consider using a paging strategy.";
            return null;
        }

        if (kind == "cites" && values.Length > 1)
        {
            error = "The simulator supports one id in the cites filter.";
            return null;
        }

        return new OpenAlexFilter(kind == "ids.openalex" ? "openalex" : kind, values);
    }
}

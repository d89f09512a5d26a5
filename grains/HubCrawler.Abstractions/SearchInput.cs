using System.Text.RegularExpressions;

namespace HubCrawler.Abstractions;

/// <summary>Turns what people paste into the search box into a paper id: the accepted id forms as
/// they are, plus bare DOIs and arXiv ids and the usual doi.org, arxiv.org and Semantic Scholar
/// links. Whether the result is a valid id is still the parser's call. <see cref="Classify"/> tells an id from
/// the title or words a search is for.</summary>
public static partial class SearchInput
{
    /// <summary>Papers a search lists unless asked for another number.</summary>
    public const int DefaultLimit = 10;

    /// <summary>The most papers one search lists.</summary>
    public const int MaxLimit = 100;

    public static string ToPaperId(string? input)
    {
        var text = input?.Trim() ?? "";
        if (Link().Match(text) is { Success: true } link)
        {
            var host = link.Groups["host"].Value.ToLowerInvariant();
            var path = Uri.UnescapeDataString(link.Groups["path"].Value).TrimEnd('/');
            if (host.EndsWith("doi.org", StringComparison.Ordinal)) return "DOI:" + path;
            if (host.EndsWith("arxiv.org", StringComparison.Ordinal) && ArxivPath().Match(path) is { Success: true } arxiv)
                return "arXiv:" + arxiv.Groups["id"].Value;
            if (host.EndsWith("semanticscholar.org", StringComparison.Ordinal) && S2Path().Match(path) is { Success: true } s2)
                return s2.Groups["id"].Value;
            return text;
        }
        if (text.StartsWith("10.", StringComparison.Ordinal)) return "DOI:" + text;
        if (BareArxiv().IsMatch(text)) return "arXiv:" + text;
        return text;
    }

    /// <summary>Longest query accepted (the search box allows as much).</summary>
    public const int MaxLength = 300;

    /// <summary>What <paramref name="input"/> asks for: an id (a link or a scheme prefix counts as an attempt at one,
    /// so a malformed id is an error rather than a search), words to search for, or nothing valid.</summary>
    public static SearchQuery Classify(string? input)
    {
        var text = input?.Trim() ?? "";
        if (text.Length == 0) return SearchQuery.Invalid("The query is empty: type a title, some words or a paper id.");
        if (text.Length > MaxLength) return SearchQuery.Invalid($"The query is {text.Length} characters long; at most {MaxLength} are accepted.");
        if (text.Any(char.IsControl)) return SearchQuery.Invalid("The query contains control characters.");
        var id = ToPaperId(text);
        if (PaperIdentifier.TryParse(id, out var parsed, out var error)) return new SearchQuery { Id = parsed };
        if (LooksLikeId().IsMatch(id)) return SearchQuery.Invalid(error);
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (!words.Any(char.IsLetterOrDigit)) return SearchQuery.Invalid($"'{text}' has no words to search for.");
        return new SearchQuery { Text = words };
    }

    [GeneratedRegex(@"^(\s*(arxiv|doi|corpusid|pmid|openalex)\s*:|https?://|10\.\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LooksLikeId();

    [GeneratedRegex(@"^https?://(?<host>[A-Za-z0-9.\-]+)/(?<path>[^?#]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"^(abs|pdf|html)/(?<id>.+?)(\.pdf)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ArxivPath();

    [GeneratedRegex(@"(^|/)(?<id>[0-9a-fA-F]{40})$", RegexOptions.CultureInvariant)]
    private static partial Regex S2Path();

    [GeneratedRegex(@"^\d{4}\.\d{4,5}(v\d{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareArxiv();
}

using System.Text.RegularExpressions;

namespace HubCrawler.Api.Pages;

/// <summary>Turns what people paste into the search box into a paper id: the accepted id forms as
/// they are, plus bare DOIs and arXiv ids and the usual doi.org, arxiv.org and Semantic Scholar
/// links. Whether the result is a valid id is still the parser's call.</summary>
internal static partial class SearchInput
{
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

    [GeneratedRegex(@"^https?://(?<host>[A-Za-z0-9.\-]+)/(?<path>[^?#]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"^(abs|pdf|html)/(?<id>.+?)(\.pdf)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ArxivPath();

    [GeneratedRegex(@"(^|/)(?<id>[0-9a-fA-F]{40})$", RegexOptions.CultureInvariant)]
    private static partial Regex S2Path();

    [GeneratedRegex(@"^\d{4}\.\d{4,5}(v\d{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareArxiv();
}

using System.Text;
using System.Text.RegularExpressions;

namespace HubCrawler.Sources;

/// <summary>arXiv's <c>citation_author</c> values as every other source writes names: "Vaswani, Ashish" → "Ashish
/// Vaswani", "Heath, Jr., Robert W." → "Robert W. Heath Jr.", and TeX accents and braces as the letters they stand
/// for ("Fr{\'e}d{\'e}rique" and "Fr{é}d{é}rique" → "Frédérique").</summary>
public static partial class ArxivNames
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V" };

    private static readonly Dictionary<string, char> CombiningMarks = new(StringComparer.Ordinal)
    {
        ["'"] = '\u0301', ["`"] = '\u0300', ["^"] = '\u0302', ["\""] = '\u0308', ["~"] = '\u0303', ["="] = '\u0304',
        ["."] = '\u0307', ["c"] = '\u0327', ["v"] = '\u030C', ["u"] = '\u0306', ["H"] = '\u030B', ["k"] = '\u0328', ["r"] = '\u030A',
    };

    private static readonly Dictionary<string, string> Letters = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["aa"] = "å", ["AA"] = "Å", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ",
    };

    /// <summary>One <c>citation_author</c> value as a display name.</summary>
    public static string Natural(string name)
    {
        var parts = DeTeX(name).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            0 => "",
            1 => parts[0],
            // "Heath, Jr., Robert W." (BibTeX's Last, Suffix, First) and "Heath, Robert W., Jr." both end "Robert W. Heath Jr.".
            3 when Suffixes.Contains(parts[1]) => $"{parts[2]} {parts[0]} {parts[1]}",
            3 when Suffixes.Contains(parts[2]) => $"{parts[1]} {parts[0]} {parts[2]}",
            _ => $"{string.Join(' ', parts[1..])} {parts[0]}",
        };
    }

    /// <summary>TeX accent commands as accented letters, special-letter commands as letters, then no braces.</summary>
    public static string DeTeX(string text)
    {
        if (text.IndexOfAny(['\\', '{', '}']) < 0) return HtmlBodies.Collapse(text);
        // \'{\i} is an accented dotless i: an i once the accent is on it.
        var result = DotlessI().Replace(text, "i");
        result = Accent().Replace(result, m => CombiningMarks.TryGetValue(m.Groups["accent"].Value, out var mark)
            ? m.Groups["letter"].Value + mark
            : m.Value);
        result = Letter().Replace(result, m => Letters.TryGetValue(m.Groups["name"].Value, out var letter) ? letter : m.Value);
        result = result.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal);
        return HtmlBodies.Collapse(result.Normalize(NormalizationForm.FormC));
    }

    // \'e, \'{e}, {\'e}, \c c, \c{c}, \v{s}: the accent, then the letter bare, braced or after a space (for letter accents).
    [GeneratedRegex(@"\\(?<accent>['`^""~=.]|[cvuHkr](?=[\s{]))\s*\{?\s*(?<letter>[A-Za-z])\s*\}?", RegexOptions.CultureInvariant)]
    private static partial Regex Accent();

    [GeneratedRegex(@"\\(?<name>ss|aa|AA|ae|AE|oe|OE|o|O|l|L|j)(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Letter();

    [GeneratedRegex(@"\\i(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex DotlessI();
}

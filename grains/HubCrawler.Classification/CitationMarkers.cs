using System.Text.RegularExpressions;

namespace HubCrawler.Classification;

/// <summary>
/// Replaces citation markers — "[12]", "[6,11-16]", "(Smith et al., 2010; Jones 2011)",
/// "Smith and Jones (2010)", "Smith et al." — with one placeholder character, so that the
/// classifier learns from "as in CITE" rather than from author names and years.
/// </summary>
internal static partial class CitationMarkers
{
    /// <summary>The placeholder that stands for any citation marker; a private-use character no corpus contains.</summary>
    public const char Placeholder = '\uE000';

    private const string Mark = " \uE000 ";

    public static string Normalise(string text)
    {
        text = Narrative().Replace(text, Mark);
        text = ParentheticalWithYear().Replace(text, Mark);
        text = NumericBrackets().Replace(text, Mark);
        text = NumericParentheses().Replace(text, Mark);
        text = EtAl().Replace(text, Mark);
        return AtAtCitation().Replace(text, Mark);
    }

    // "Smith (2010)", "Jing and McKeown ( 2000 )", "Hickey et al. (2012a, 2013)", "Lin's (1998)".
    [GeneratedRegex(@"(?<!\p{L})\p{Lu}[\p{L}'’\-]+(?:\s+(?:et\s+al\.?|and\s+\p{Lu}[\p{L}'’\-]+|&\s*\p{Lu}[\p{L}'’\-]+))?(?:['’]s)?\s*\(\s*(?:1[89]|20)\d{2}[a-z]?(?:\s*[,;]\s*(?:(?:1[89]|20)\d{2})?[a-z]?)*\s*\)")]
    private static partial Regex Narrative();

    // Any parenthesis or bracket holding a year: "(Smith et al., 2010; Jones 2011)", "[Smith 2010]".
    [GeneratedRegex(@"[\(\[][^\(\)\[\]]{0,600}?\b(?:1[89]|20)\d{2}[a-z]?\b[^\(\)\[\]]{0,600}[\)\]]")]
    private static partial Regex ParentheticalWithYear();

    // "[12]", "[ 6, 11-16 ]", "[3a]".
    [GeneratedRegex(@"\[\s*\d{1,4}[a-z]?(?:\s*[-–—,;]\s*\d{1,4}[a-z]?)*\s*\]")]
    private static partial Regex NumericBrackets();

    // "(21)", "(7,8)", "(3–5)" — no inner spaces at the ends, so ACL-style enumerations "( 1 )" stay.
    [GeneratedRegex(@"\(\d{1,3}(?:\s*[-–—,]\s*\d{1,3})*\)")]
    private static partial Regex NumericParentheses();

    // A narrative "Pouget et al." left without a year.
    [GeneratedRegex(@"(?<!\p{L})\p{Lu}[\p{L}'’\-]+\s+et\s+al\.?")]
    private static partial Regex EtAl();

    [GeneratedRegex(@"@@CITATION|@CITATION@|\[CITATION\]")]
    private static partial Regex AtAtCitation();
}

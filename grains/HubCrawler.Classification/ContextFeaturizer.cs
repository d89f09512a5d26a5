using System.Text;
using System.Text.RegularExpressions;

namespace HubCrawler.Classification;

/// <summary>
/// Turns one citation context into the set of features the models know by name: lower-cased word
/// unigrams ("used"), bigrams ("we used", "&lt;s&gt; however"), the citation placeholder
/// "&lt;cite&gt;", numbers as "&lt;num&gt;", and the cue-phrase groups of <see cref="CuePhrases"/>.
/// Features are binary: a feature that occurs twice in a context counts once.
/// </summary>
internal static partial class ContextFeaturizer
{
    public const string CiteToken = "<cite>";
    public const string NumberToken = "<num>";
    private const string Start = "<s>";
    private const string End = "</s>";

    // A citation context is a sentence or a few; the cap bounds the regex work on pathological input.
    private const int MaxContextLength = 5_000;

    // Padded with spaces so that "but" does not fire inside "attribute".
    private static readonly (string Feature, string[] Phrases)[] PaddedCues =
        CuePhrases.Groups.Select(g => (g.Feature, g.Phrases.Select(p => " " + p + " ").ToArray())).ToArray();

    /// <summary>The distinct features of one context, in first-seen order; none when it holds no token.</summary>
    public static List<string> Features(string context)
    {
        var tokens = Tokens(context);
        var features = new List<string>(tokens.Count * 2 + 4);
        if (tokens.Count == 0) return features;
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var token in tokens)
            if (seen.Add(token)) features.Add(token);

        var previous = Start;
        foreach (var token in tokens)
        {
            var bigram = string.Concat(previous, " ", token);
            if (seen.Add(bigram)) features.Add(bigram);
            previous = token;
        }
        var last = string.Concat(previous, " ", End);
        if (seen.Add(last)) features.Add(last);

        var padded = new StringBuilder(context.Length + 2).Append(' ');
        foreach (var token in tokens) padded.Append(token).Append(' ');
        var text = padded.ToString();
        foreach (var (feature, phrases) in PaddedCues)
            foreach (var phrase in phrases)
                if (text.Contains(phrase, StringComparison.Ordinal))
                {
                    if (seen.Add(feature)) features.Add(feature);
                    break;
                }
        if (tokens.Any(IsContractedNegation) && seen.Add(CuePhrases.Negation)) features.Add(CuePhrases.Negation);
        if (seen.Contains(CuePhrases.We) && seen.Contains(CuePhrases.Surpass) && seen.Add(CuePhrases.WeSurpass))
            features.Add(CuePhrases.WeSurpass);
        return features;
    }

    /// <summary>Lower-cased tokens with citation markers and numbers replaced by their placeholders (first 5,000 characters).</summary>
    public static List<string> Tokens(string context)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(context)) return tokens;
        if (context.Length > MaxContextLength) context = context[..MaxContextLength];
        var text = CitationMarkers.Normalise(context).ToLowerInvariant();
        foreach (var match in Token().EnumerateMatches(text))
        {
            var span = text.AsSpan(match.Index, match.Length);
            string token;
            if (span[0] == CitationMarkers.Placeholder)
            {
                // "[3], [4]" and "(A 2001; B 2002) [5]" are one act of citing.
                if (tokens.Count > 0 && ReferenceEquals(tokens[^1], CiteToken)) continue;
                token = CiteToken;
            }
            else if (char.IsAsciiDigit(span[0])) token = NumberToken;
            else token = span.ToString();
            tokens.Add(token);
        }
        return tokens;
    }

    private static bool IsContractedNegation(string token) =>
        token.EndsWith("n't", StringComparison.Ordinal) || token.EndsWith("n’t", StringComparison.Ordinal);

    [GeneratedRegex(@"\uE000|\p{L}+(?:['’\-]\p{L}+)*|\d+(?:[.,]\d+)*")]
    private static partial Regex Token();
}


namespace HubCrawler.Classification;

/// <summary>
/// Turns one citation context into the set of features the models know by name: lower-cased word
/// unigrams ("used"), bigrams ("we used", "&lt;s&gt; however"), the citation placeholder
/// "&lt;cite&gt;", numbers as "&lt;num&gt;", and the cue-phrase groups of <see cref="CuePhrases"/>.
/// Features are binary: a feature that occurs twice in a context counts once.
/// </summary>
internal static class ContextFeaturizer
{
    public const string CiteToken = "<cite>";
    public const string NumberToken = "<num>";
    private const string Start = "<s>";
    private const string End = "</s>";

    // A citation context is a sentence or a few; the cap bounds the regex work on pathological input.
    private const int MaxContextLength = 5_000;

    [ThreadStatic] private static HashSet<string>? t_seen;

    private static readonly string[] CueFeatures = CuePhrases.Groups.Select(g => g.Feature).ToArray();

    // Each phrase as its words (so that "but" does not fire inside "attribute"), found by its first word: a context's
    // dozen tokens pick the few phrases worth checking instead of every context checking all 250.
    private static readonly Dictionary<string, (int Group, string[] Words)[]> PhrasesByFirstWord = CuePhrases.Groups
        .SelectMany((g, group) => g.Phrases.Select(p => (Group: group, Words: p.Split(' '))))
        .GroupBy(p => p.Words[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>The distinct features of one context, in first-seen order; none when it holds no token.</summary>
    public static List<string> Features(string context)
    {
        var tokens = Tokens(context);
        var features = new List<string>(tokens.Count * 2 + 4);
        if (tokens.Count == 0) return features;
        // One set a thread, cleared, instead of one a context: the crawl featurises every citation it classifies.
        var seen = t_seen ??= new HashSet<string>(StringComparer.Ordinal);
        seen.Clear();

        foreach (var token in tokens)
            if (seen.Add(token)) features.Add(token);
        var distinctTokens = features.Count;

        var previous = Start;
        foreach (var token in tokens)
        {
            var bigram = string.Concat(previous, " ", token);
            if (seen.Add(bigram)) features.Add(bigram);
            previous = token;
        }
        var last = string.Concat(previous, " ", End);
        if (seen.Add(last)) features.Add(last);

        // A phrase fires when its words are consecutive tokens (the same as finding " phrase " in the tokens joined by
        // spaces); a group fires when any of its phrases does, and the groups' features follow the groups' order.
        Span<bool> fired = stackalloc bool[CueFeatures.Length];
        for (var t = 0; t < distinctTokens; t++)
            if (PhrasesByFirstWord.TryGetValue(features[t], out var candidates))
                foreach (var (group, words) in candidates)
                    if (!fired[group] && Occurs(tokens, words)) fired[group] = true;
        for (var group = 0; group < CueFeatures.Length; group++)
            if (fired[group] && seen.Add(CueFeatures[group])) features.Add(CueFeatures[group]);
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
        // By hand, the regex \uE000|\p{L}+(?:['’\-]\p{L}+)*|\d+(?:[.,]\d+)*: the hot path of every verdict.
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            string token;
            if (c == CitationMarkers.Placeholder)
            {
                i++;
                // "[3], [4]" and "(A 2001; B 2002) [5]" are one act of citing.
                if (tokens.Count > 0 && ReferenceEquals(tokens[^1], CiteToken)) continue;
                token = CiteToken;
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                i = Run(text, i, char.IsLetter);
                while (i + 1 < text.Length && text[i] is '\'' or '’' or '-' && char.IsLetter(text[i + 1])) i = Run(text, i + 1, char.IsLetter);
                token = text[start..i];
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                i = Run(text, i, char.IsDigit);
                while (i + 1 < text.Length && text[i] is '.' or ',' && char.IsDigit(text[i + 1])) i = Run(text, i + 1, char.IsDigit);
                token = char.IsAsciiDigit(c) ? NumberToken : text[start..i];
            }
            else
            {
                i++;
                continue;
            }
            tokens.Add(token);
        }
        return tokens;
    }

    private static int Run(string text, int i, Func<char, bool> member)
    {
        while (i < text.Length && member(text[i])) i++;
        return i;
    }

    private static bool Occurs(List<string> tokens, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= tokens.Count; start++)
        {
            var j = 0;
            while (j < phrase.Length && string.Equals(tokens[start + j], phrase[j], StringComparison.Ordinal)) j++;
            if (j == phrase.Length) return true;
        }
        return false;
    }

    private static bool IsContractedNegation(string token) =>
        token.EndsWith("n't", StringComparison.Ordinal) || token.EndsWith("n’t", StringComparison.Ordinal);

}

namespace HubCrawler.Simulator;

/// <summary>
/// Finds papers of a <see cref="SyntheticGraph"/> by the words of their titles, as the simulated search endpoints
/// answer: a paper matches when its title has every word of the query (case and punctuation ignored); a title equal
/// to the query comes first, then the most cited, then by index. The title match takes the equal title, else the title
/// sharing most words when they are at least half of both.
/// </summary>
internal sealed class TitleSearch(SyntheticGraph graph)
{
    private const double MinMatchOverlap = 0.5;

    private readonly Lazy<(string Normalized, HashSet<string> Words)[]> _titles = new(() =>
        graph.Papers.Select(p => (Normalize(p.Title), Words(p.Title).ToHashSet(StringComparer.Ordinal))).ToArray());

    /// <summary>Lower case, letters and digits only, words separated by one space.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The distinct words of <paramref name="text"/>, normalised.</summary>
    public static string[] Words(string text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The indices of the papers whose titles hold every word of <paramref name="query"/>, best first.</summary>
    public IReadOnlyList<int> Search(string query)
    {
        var normalized = Normalize(query);
        var words = Words(query);
        if (words.Length == 0)
        {
            return [];
        }

        var titles = _titles.Value;
        return Enumerable.Range(0, titles.Length)
            .Where(i => words.All(titles[i].Words.Contains))
            .OrderByDescending(i => titles[i].Normalized == normalized)
            .ThenByDescending(i => graph.Papers[i].CitationCount)
            .ThenBy(i => i)
            .ToArray();
    }

    /// <summary>The paper whose title best matches <paramref name="query"/> and a score (higher is closer), or null.</summary>
    public (int Index, double Score)? Match(string query)
    {
        var normalized = Normalize(query);
        var words = Words(query).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return null;
        }

        var titles = _titles.Value;
        (int Index, double Score)? best = null;
        for (var i = 0; i < titles.Length; i++)
        {
            if (titles[i].Normalized == normalized)
            {
                return (i, 100.0 + normalized.Length);
            }

            var shared = titles[i].Words.Count(words.Contains);
            var overlap = Math.Min((double)shared / words.Count, (double)shared / titles[i].Words.Count);
            if (overlap >= MinMatchOverlap && (best is null || overlap * 100 > best.Value.Score))
            {
                best = (i, overlap * 100);
            }
        }

        return best;
    }
}

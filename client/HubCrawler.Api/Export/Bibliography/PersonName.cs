namespace HubCrawler.Api.Export.Bibliography;

/// <summary>An author's name in parts, as reference managers want it: family name (with its particle, "van Gogh"),
/// given names, and a suffix ("Jr.", "III"). A name that cannot be split (one word, an organisation) has only a family name.</summary>
internal sealed record PersonName(string Family, string? Given, string? Suffix)
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "dos", "das", "des", "la", "le", "ter", "ten", "zu", "bin", "ibn", "al", "el", "st.",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v" };

    /// <summary>Splits a name as the sources give it: "Given Family", "Family, Given" or "Family, Suffix, Given" (BibTeX's forms).</summary>
    public static PersonName Parse(string name)
    {
        var text = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3) return new PersonName(parts[0], parts[2], parts[1]);
        if (parts.Length == 2)
            return Suffixes.Contains(parts[1])
                ? FromWords(parts[0].Split(' ')) with { Suffix = parts[1] }
                : new PersonName(parts[0], parts[1], null);
        return FromWords(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static PersonName FromWords(string[] words)
    {
        if (words.Length == 0) return new PersonName("", null, null);
        string? suffix = null;
        if (words.Length > 2 && Suffixes.Contains(words[^1]))
        {
            suffix = words[^1];
            words = words[..^1];
        }
        if (words.Length == 1) return new PersonName(words[0], null, suffix);
        // The family name is the last word and the lower-case particles just before it; a particle never starts the name.
        var start = words.Length - 1;
        while (start > 1 && Particles.Contains(words[start - 1])) start--;
        return new PersonName(string.Join(' ', words[start..]), string.Join(' ', words[..start]), suffix);
    }
}

using System.Text;

namespace HubCrawler.Api.Export.Bibliography;

/// <summary>Citation keys in the usual form, first author's family name, year, first word of the title
/// (<c>vaswani2017attention</c>), unique within one export: a key already given gets a letter (<c>…attentiona</c>,
/// <c>…attentionb</c>). The same records in the same order get the same keys.</summary>
internal sealed class CitationKeys
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "in", "for", "to", "and", "or", "with", "from", "by", "at", "as", "is", "are", "via", "towards", "toward",
    };

    private readonly HashSet<string> _given = new(StringComparer.Ordinal);

    public string For(BibliographicRecord record)
    {
        var key = Base(record);
        if (_given.Add(key)) return key;
        for (var n = 1; ; n++)
        {
            var candidate = key + Letters(n);
            if (_given.Add(candidate)) return candidate;
        }
    }

    public static string Base(BibliographicRecord record)
    {
        var author = record.Authors.Count > 0 ? Ascii(LastWord(record.Authors[0].Family)) : "";
        var word = (record.Title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(Ascii)
            .FirstOrDefault(w => w.Length > 0 && !StopWords.Contains(w)) ?? "";
        var key = (author.Length > 0 ? author : "anon") + record.Year?.ToString(CultureInfo.InvariantCulture) + word;
        return key;
    }

    // "van Gogh" is keyed "gogh", as BibTeX styles and Google Scholar do.
    private static string LastWord(string family) => family.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";

    // 1 → a, 26 → z, 27 → aa: bijective base 26.
    private static string Letters(int n)
    {
        var builder = new StringBuilder();
        while (n > 0)
        {
            n--;
            builder.Insert(0, (char)('a' + n % 26));
            n /= 26;
        }
        return builder.ToString();
    }

    /// <summary>Lower-case ASCII letters and digits only: accents dropped (é → e), a few letters spelled out (ß → ss).</summary>
    public static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else
                builder.Append(c switch
                {
                    'ß' => "ss",
                    'æ' => "ae",
                    'œ' => "oe",
                    'ø' => "o",
                    'ł' => "l",
                    'đ' => "d",
                    'ı' => "i",
                    'þ' => "th",
                    _ => "",
                });
        }
        return builder.ToString();
    }
}

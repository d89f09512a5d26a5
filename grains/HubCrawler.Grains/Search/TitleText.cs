using System.Globalization;
using System.Text;

namespace HubCrawler.Grains.Search;

/// <summary>Titles compared as people read them: case, accents, punctuation and spacing ignored.</summary>
public static class TitleText
{
    /// <summary>Lower case letters and digits, accents removed, words separated by one space.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
        }
        return builder.ToString().TrimEnd();
    }

    public static bool SameTitle(string? a, string? b) => Normalize(a) is { Length: > 0 } x && x == Normalize(b);
}

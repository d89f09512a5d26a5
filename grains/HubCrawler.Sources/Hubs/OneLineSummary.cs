namespace HubCrawler.Sources.Hubs;

/// <summary>One line on what a paper is about: its TL;DR, else the first sentence of its abstract.</summary>
public static class OneLineSummary
{
    public const int MaxLength = 300;

    public static string? Of(string? tldr, string? abstractText)
    {
        if (!string.IsNullOrWhiteSpace(tldr)) return Clip(tldr.Trim());
        if (string.IsNullOrWhiteSpace(abstractText)) return null;
        var text = abstractText.Trim();
        // A sentence ends at ". " followed by a capital, so "e.g. the" and "Fig. 3" do not cut it short.
        for (var i = 0; i < text.Length - 2; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && i >= 20)
                return Clip(text[..(i + 1)]);
        }
        return Clip(text);
    }

    private static string Clip(string text) => text.Length <= MaxLength ? text : text[..(MaxLength - 1)].TrimEnd() + "…";
}

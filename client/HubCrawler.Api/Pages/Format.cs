namespace HubCrawler.Api.Pages;

/// <summary>How the pages write figures and labels: invariant, whatever the server's culture.</summary>
internal static class Format
{
    public static string Title(CitationRole role) => Capitalised(EnumText.Of(role));

    public static string Title(CitationPolarity polarity) => Capitalised(EnumText.Of(polarity));

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Share(double share) => share.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A flag as data attributes carry it, lower case.</summary>
    public static string Flag(bool value) => value ? "true" : "false";

    /// <summary>A value as data attributes and text carry it: numbers and dates invariant, flags lower case, null empty.</summary>
    public static string Invariant(object? value, string? format = null) => value switch
    {
        null => "",
        bool flag => Flag(flag),
        IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

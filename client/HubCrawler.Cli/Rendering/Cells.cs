using System.Globalization;
using Spectre.Console.Rendering;

namespace HubCrawler.Cli.Rendering;

/// <summary>Small formatting helpers shared by the views. Text from the API is never read as markup.</summary>
internal static class Cells
{
    public static IRenderable Plain(string? text, Style? style = null) => new Text(text ?? "", style ?? Style.Plain);

    public static IRenderable Number(int? value) => new Text(value is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) : "–");

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Time(DateTimeOffset? at) =>
        at is { } t ? t.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "–";

    public static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours}h {span.Minutes:00}m {span.Seconds:00}s"
        : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes}m {span.Seconds:00}s"
        : span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    public static string Rate(double perSecond) => perSecond.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Clip(string? text, int length) =>
        text is null ? "" : text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";

    public static string Word<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static Color RoleColor(CitationRole role) => role switch
    {
        CitationRole.Background => Color.SteelBlue,
        CitationRole.Method => Color.Green,
        CitationRole.Comparison => Color.Orange1,
        _ => Color.Grey,
    };

    public static Color PolarityColor(CitationPolarity polarity) => polarity switch
    {
        CitationPolarity.Supporting => Color.Green,
        CitationPolarity.Neutral => Color.SteelBlue,
        CitationPolarity.Contrasting => Color.Red,
        _ => Color.Grey,
    };
}

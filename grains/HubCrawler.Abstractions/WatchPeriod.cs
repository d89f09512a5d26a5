using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HubCrawler.Abstractions;

/// <summary>Watch schedules as people write them: "6h", "30m", "1d", "1h30m", "90s", or ISO 8601 ("PT6H").</summary>
public static partial class WatchPeriod
{
    /// <summary>The schedule of a watch that names none.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromHours(6);

    /// <summary>Parses <paramref name="text"/>; false (and no period) when it is not a positive period.</summary>
    public static bool TryParse(string? text, out TimeSpan period)
    {
        period = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40) return false;
        text = text.Trim();
        if (text.StartsWith('P') || text.StartsWith('p'))
        {
            try
            {
                period = System.Xml.XmlConvert.ToTimeSpan(text.ToUpperInvariant());
            }
            catch (FormatException)
            {
                return false;
            }
            return period > TimeSpan.Zero;
        }
        var match = Compact().Match(text.ToLowerInvariant());
        if (!match.Success || match.Groups["n"].Captures.Count == 0) return false;
        var total = TimeSpan.Zero;
        for (var i = 0; i < match.Groups["n"].Captures.Count; i++)
        {
            if (!int.TryParse(match.Groups["n"].Captures[i].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 100_000) return false;
            total += match.Groups["u"].Captures[i].Value switch
            {
                "d" => TimeSpan.FromDays(n),
                "h" => TimeSpan.FromHours(n),
                "m" => TimeSpan.FromMinutes(n),
                _ => TimeSpan.FromSeconds(n),
            };
        }
        period = total;
        return period > TimeSpan.Zero;
    }

    /// <summary>The compact form ("6h", "1h30m", "45s").</summary>
    public static string Format(TimeSpan period)
    {
        if (period <= TimeSpan.Zero) return "0s";
        var text = new StringBuilder();
        if (period.Days > 0) text.Append(CultureInfo.InvariantCulture, $"{period.Days}d");
        if (period.Hours > 0) text.Append(CultureInfo.InvariantCulture, $"{period.Hours}h");
        if (period.Minutes > 0) text.Append(CultureInfo.InvariantCulture, $"{period.Minutes}m");
        if (period.Seconds > 0 || text.Length == 0) text.Append(CultureInfo.InvariantCulture, $"{period.Seconds}s");
        return text.ToString();
    }

    [GeneratedRegex(@"^(?:(?<n>\d+)\s*(?<u>d|h|m|s))+$")]
    private static partial Regex Compact();
}

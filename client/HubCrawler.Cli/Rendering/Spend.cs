using System.Globalization;

namespace HubCrawler.Cli.Rendering;

/// <summary>What a crawl spent and what it waits for, as text.</summary>
internal static class Spend
{
    public static string PerPaper(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"requests 2,140 (0.43 a paper) · writes 1.02 a paper · left at configured rates: semanticscholar 12 m".</summary>
    public static string Line(CrawlStatus status)
    {
        var line = $"requests {status.SourceRequests.ToString("N0", CultureInfo.InvariantCulture)} ({PerPaper(status.Spend.RequestsPerPaper)} a paper)"
            + $" · writes {PerPaper(status.Spend.WritesPerPaper)} a paper";
        var left = status.Done ? [] : status.Spend.SecondsLeftBySource.Where(s => s.Value > 0).ToList();
        return left.Count == 0 ? line : line + " · left at configured rates: " + string.Join(", ", left.Select(s => $"{s.Key} {Cells.Duration(TimeSpan.FromSeconds(s.Value))}"));
    }

    /// <summary>"512 papers until 22:41:05 UTC (429 without Retry-After)".</summary>
    public static string Wait(HostWait wait) =>
        $"{wait.Papers.ToString("N0", CultureInfo.InvariantCulture)} papers until {wait.Until.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} UTC ({wait.Reason})";
}

namespace HubCrawler.Simulator;

/// <summary>OpenCitations' timespan field: how long after the cited work the citing work appeared.</summary>
public static class OpenCitationsTimespan
{
    /// <summary>The ISO 8601 duration from the cited paper's date to the citing one's ("P6Y0M1D"; "-P…" when the citing paper came first).</summary>
    public static string Between(string citedDate, string citingDate)
    {
        var from = DateOnly.ParseExact(citedDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateOnly.ParseExact(citingDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sign = string.Empty;
        if (to < from)
        {
            (from, to) = (to, from);
            sign = "-";
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (to.Day < from.Day)
        {
            months--;
        }

        var anchor = from.AddMonths(months);
        var days = to.DayNumber - anchor.DayNumber;
        return string.Create(CultureInfo.InvariantCulture, $"{sign}P{months / 12}Y{months % 12}M{days}D");
    }
}

namespace HubCrawler.Sources.Hubs;

/// <summary>Counts a citation list by the citing papers' year, role and polarity.</summary>
public static class CitationYearCounter
{
    /// <summary>Years outside this range are a source's typo, not a publication year; they count as without a year.</summary>
    public const int FirstYear = 1600, LastYear = 2200;

    public static CitationYears Count(IEnumerable<CitationEdge> citations)
    {
        var years = new SortedDictionary<int, int[]>();
        int total = 0, withoutYear = 0;
        foreach (var citation in citations)
        {
            total++;
            if (citation.Year is not (>= FirstYear and <= LastYear) || citation.Year is not { } year)
            {
                withoutYear++;
                continue;
            }
            if (!years.TryGetValue(year, out var counts)) years[year] = counts = new int[8];
            counts[(int)citation.Role]++;
            if (citation.Polarity != CitationPolarity.Unclassified) counts[4 + (int)citation.Polarity]++;
        }
        if (years.Count == 0) return new CitationYears { WithoutYear = withoutYear, Total = total };

        var rows = new List<YearCitations>();
        for (var year = years.Keys.First(); year <= years.Keys.Last(); year++)
        {
            var c = years.TryGetValue(year, out var counts) ? counts : new int[8];
            rows.Add(new YearCitations
            {
                Year = year,
                Total = c[0] + c[1] + c[2] + c[3],
                Unclassified = c[0], Background = c[1], Method = c[2], Comparison = c[3],
                Supporting = c[5], Neutral = c[6], Contrasting = c[7],
            });
        }
        return new CitationYears { Years = rows, WithoutYear = withoutYear, Total = total };
    }
}

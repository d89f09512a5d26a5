using System.Globalization;
using HubCrawler.Abstractions;

namespace HubCrawler.Api.Pages;

/// <summary>Citations per year of the citing papers, server-rendered SVG: bars stacked by role, and a second, smaller row
/// of bars by polarity where it is known. The SVGs scale to their box (a phone's width included) and carry role="img", a
/// title and an aria-label with every figure; each year's group carries data-year and its counts for machines.</summary>
internal static class YearChartView
{
    private const double Width = 360, Left = 34, Right = 8, Top = 14;
    private const double RoleHeight = 190, PolarityHeight = 110, Bottom = 30;
    private static readonly CitationRole[] Roles = [CitationRole.Background, CitationRole.Method, CitationRole.Comparison, CitationRole.Unclassified];
    private static readonly CitationPolarity[] Polarities = [CitationPolarity.Supporting, CitationPolarity.Neutral, CitationPolarity.Contrasting];

    public static Html Render(CitationYears? years)
    {
        if (years is null) return Html.Empty;
        if (years.Years.Count == 0)
            return Html.Of($"""
                <section id="years" class="years" data-years="0" aria-labelledby="years-heading">
                <h2 id="years-heading">Citations per year</h2>
                <p class="meta">{(years.Total == 0 ? "No citations stored." : $"None of the {PageLinks.Number(years.Total)} citing papers has a year.")}</p>
                </section>
                """);

        var rows = years.Years;
        var withPolarity = rows.Sum(r => r.Supporting + r.Neutral + r.Contrasting);
        var first = rows[0].Year;
        var last = rows[^1].Year;
        var withoutYear = years.WithoutYear > 0
            ? Html.Of($" {(years.WithoutYear == 1 ? "1 citing paper without a year is" : $"{PageLinks.Number(years.WithoutYear)} citing papers without a year are")} not drawn.")
            : Html.Empty;
        return Html.Of($"""
            <section id="years" class="years" data-years="{rows.Count}" data-first-year="{first}" data-last-year="{last}" data-without-year="{years.WithoutYear}" aria-labelledby="years-heading">
            <h2 id="years-heading">Citations per year</h2>
            {RoleChart(rows)}
            <ul class="legend" aria-hidden="true">{Html.Join(Roles.Select(r => Html.Of($"<li><span class=\"swatch\" data-role=\"{EnumText.Of(r)}\"></span>{Markup.Title(r)}</li>")))}</ul>
            {(withPolarity > 0
                ? Html.Join([PolarityChart(rows), Html.Of($"<ul class=\"legend\" aria-hidden=\"true\">{Html.Join(Polarities.Select(p => Html.Of($"<li><span class=\"swatch\" data-polarity=\"{EnumText.Of(p)}\"></span>{Markup.Title(p)}</li>")))}</ul>")])
                : Html.Of($"<p class=\"meta\" data-no-polarity>No citation has a polarity yet, so there is no polarity row.</p>"))}
            <p class="meta">By the citing paper's publication year, {first}–{last}, over all {PageLinks.Number(years.Total)} stored citations.{withoutYear}</p>
            </section>
            """);
    }

    private static Html RoleChart(IReadOnlyList<YearCitations> rows)
    {
        var label = "Citations per year by role: " + string.Join("; ", rows.Where(r => r.Total > 0).Select(r =>
            $"{r.Year}: {r.Total} ({string.Join(", ", Roles.Where(role => r.Of(role) > 0).Select(role => $"{EnumText.Of(role)} {r.Of(role)}"))})"));
        return Chart("years-roles", "Citations per year, stacked by role", label, RoleHeight, rows, r => r.Total,
            Roles.Select(role => (EnumText.Of(role), "data-role", (Func<YearCitations, int>)(r => r.Of(role)))).ToArray());
    }

    private static Html PolarityChart(IReadOnlyList<YearCitations> rows)
    {
        int Known(YearCitations r) => r.Supporting + r.Neutral + r.Contrasting;
        var label = "Citations per year with a known polarity: " + string.Join("; ", rows.Where(r => Known(r) > 0).Select(r =>
            $"{r.Year}: {string.Join(", ", Polarities.Where(p => r.Of(p) > 0).Select(p => $"{EnumText.Of(p)} {r.Of(p)}"))}"));
        return Chart("years-polarity", "Citations per year where the polarity is known, stacked by polarity", label, PolarityHeight, rows, Known,
            Polarities.Select(p => (EnumText.Of(p), "data-polarity", (Func<YearCitations, int>)(r => r.Of(p)))).ToArray());
    }

    private static Html Chart(string id, string title, string label, double height, IReadOnlyList<YearCitations> rows, Func<YearCitations, int> total,
        (string Key, string Attribute, Func<YearCitations, int> Count)[] series)
    {
        var plotWidth = Width - Left - Right;
        var plotHeight = height - Top - Bottom;
        var max = NiceCeiling(rows.Max(total));
        var slot = plotWidth / rows.Count;
        var barWidth = Math.Min(28, slot * 0.8);
        var every = (int)Math.Ceiling(rows.Count / 6.0);
        double Y(double value) => Top + plotHeight - value / max * plotHeight;

        var ticks = new List<int> { 0, max };
        if (max % 2 == 0 && max >= 2) ticks.Insert(1, max / 2);
        var grid = ticks.Select(t => Html.Of($"""<line class="grid" x1="{F(Left)}" x2="{F(Width - Right)}" y1="{F(Y(t))}" y2="{F(Y(t))}"/><text class="tick" x="{F(Left - 4)}" y="{F(Y(t) + 3.5)}" text-anchor="end">{PageLinks.Number(t)}</text>"""));

        var bars = rows.Select((row, i) =>
        {
            var x = Left + i * slot + (slot - barWidth) / 2;
            var segments = new List<Html>();
            double stacked = 0;
            foreach (var (key, attribute, count) in series)
            {
                var n = count(row);
                if (n == 0) continue;
                var y = Y(stacked + n);
                segments.Add(Html.Of($"""<rect {Html.Text(attribute)}="{key}" x="{F(x)}" y="{F(y)}" width="{F(barWidth)}" height="{F(Y(stacked) - y)}"><title>{row.Year}: {key} {n}</title></rect>"""));
                stacked += n;
            }
            var counts = Html.Join(series.Select(s => Html.Of($" data-{s.Key}=\"{s.Count(row)}\"")));
            var year = i % every == 0
                ? Html.Of($"""<text class="tick" x="{F(Left + i * slot + slot / 2)}" y="{F(Top + plotHeight + 13)}" text-anchor="middle">{row.Year}</text>""")
                : Html.Empty;
            return Html.Of($"""<g data-year="{row.Year}" data-total="{total(row)}"{counts}>{Html.Join(segments)}{year}</g>""");
        });

        return Html.Of($"""
            <svg id="{id}" class="chart" viewBox="0 0 {F(Width)} {F(height)}" role="img" aria-labelledby="{id}-title" aria-label="{label}" data-max="{max}">
            <title id="{id}-title">{title}</title>
            {Html.Join(grid)}
            <line class="axis" x1="{F(Left)}" x2="{F(Width - Right)}" y1="{F(Y(0))}" y2="{F(Y(0))}"/>
            {Html.Join(bars)}
            <text class="axis-title" x="{F(Left)}" y="{F(Top - 4)}">citations</text>
            <text class="axis-title" x="{F(Left + plotWidth / 2)}" y="{F(height - 3)}" text-anchor="middle">year of the citing paper</text>
            </svg>
            """);
    }

    /// <summary>The smallest of 1, 1.5, 2, 3, 4, 5, 6, 8 × 10^k (a whole number) at or above <paramref name="value"/>, so the axis ends on a round figure.</summary>
    public static int NiceCeiling(int value)
    {
        if (value <= 1) return 1;
        var magnitude = (int)Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var factor in new[] { 10, 15, 20, 30, 40, 50, 60, 80 })
            if (factor * magnitude % 10 == 0 && factor * magnitude / 10 >= value) return factor * magnitude / 10;
        return 10 * magnitude;
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

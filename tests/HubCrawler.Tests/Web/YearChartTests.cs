using AngleSharp.Html.Parser;
using HubCrawler.Api.Pages;
using HubCrawler.Sources.Hubs;

namespace HubCrawler.Tests.Web;

/// <summary>The year chart without a browser: the counting over a citation list, and the SVG's figures and accessibility.</summary>
public sealed class YearChartTests
{
    private static CitationEdge Edge(int? year, CitationRole role, CitationPolarity polarity = CitationPolarity.Unclassified) =>
        new() { Year = year, Role = role, Polarity = polarity };

    [Fact]
    public void Citations_are_counted_per_year_by_role_and_polarity_with_empty_years_filled_in()
    {
        var years = CitationYearCounter.Count(
        [
            Edge(2018, CitationRole.Method, CitationPolarity.Supporting), Edge(2018, CitationRole.Background), Edge(2021, CitationRole.Comparison, CitationPolarity.Contrasting),
            Edge(2021, CitationRole.Unclassified), Edge(null, CitationRole.Method), Edge(20_000, CitationRole.Method),
        ]);

        Assert.Equal(6, years.Total);
        Assert.Equal(2, years.WithoutYear);
        Assert.Equal([2018, 2019, 2020, 2021], years.Years.Select(y => y.Year));
        Assert.Equal([2, 0, 0, 2], years.Years.Select(y => y.Total));
        Assert.Equal((1, 1, 0, 0, 1, 0, 0, 1), (years.Years[0].Method, years.Years[0].Background, years.Years[0].Comparison, years.Years[0].Unclassified,
            years.Years[0].Supporting, years.Years[0].Contrasting, years.Years[0].Neutral, years.Years[0].PolarityUnclassified));
        Assert.Equal((1, 1, 1), (years.Years[3].Comparison, years.Years[3].Unclassified, years.Years[3].Contrasting));
        Assert.Empty(CitationYearCounter.Count([]).Years);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(7, 8)]
    [InlineData(9, 10)]
    [InlineData(23, 30)]
    [InlineData(41, 50)]
    [InlineData(120, 150)]
    public void The_axis_ends_on_a_round_figure(int max, int ceiling) => Assert.Equal(ceiling, YearChartView.NiceCeiling(max));

    [Fact]
    public void The_chart_is_an_accessible_image_with_every_figure_and_a_polarity_row_only_where_polarity_is_known()
    {
        var years = CitationYearCounter.Count([Edge(2019, CitationRole.Method, CitationPolarity.Supporting), Edge(2019, CitationRole.Background), Edge(2020, CitationRole.Method), Edge(null, CitationRole.Method)]);
        var document = new HtmlParser().ParseDocument(RenderedPages.YearChart(years));

        var roles = document.QuerySelector("svg#years-roles")!;
        Assert.Equal("img", roles.GetAttribute("role"));
        Assert.NotNull(roles.QuerySelector("title"));
        Assert.Equal("Citations per year by role: 2019: 2 (background 1, method 1); 2020: 1 (method 1)", roles.GetAttribute("aria-label"));
        Assert.Equal(["2", "1"], roles.QuerySelectorAll("g[data-year]").Select(g => g.GetAttribute("data-total")));
        Assert.Equal(2, roles.QuerySelectorAll("g[data-year='2019'] rect").Length);
        Assert.Contains("1 citing paper without a year is not drawn", document.QuerySelector("#years")!.TextContent);
        var polarity = document.QuerySelector("svg#years-polarity")!;
        Assert.Equal("Citations per year with a known polarity: 2019: supporting 1", polarity.GetAttribute("aria-label"));

        var none = new HtmlParser().ParseDocument(RenderedPages.YearChart(CitationYearCounter.Count([Edge(2019, CitationRole.Method)])));
        Assert.Null(none.QuerySelector("svg#years-polarity"));
        Assert.NotNull(none.QuerySelector("[data-no-polarity]"));
    }
}

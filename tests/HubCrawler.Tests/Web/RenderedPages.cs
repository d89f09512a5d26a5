using HubCrawler.Api.Pages;
using HubCrawler.Api.Related;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace HubCrawler.Tests.Web;

/// <summary>The pages' components rendered to HTML the way the endpoints render them (PageRenderer), without a host.</summary>
internal static class RenderedPages
{
    public static string HubPage(PaperHub hub, CitationPage citations, CitationQuery query, DateTimeOffset now) =>
        PageRenderer.Render<HubCrawler.Api.Pages.HubPage>(HubCrawler.Api.Pages.HubPage.Parameters(hub, citations, query, now));

    public static string YearChart(CitationYears years) =>
        PageRenderer.Render<YearChartView>(new Dictionary<string, object?> { [nameof(YearChartView.Years)] = years });

    public static string CrawlGraph(CrawlGraphSnapshot snapshot) => PageRenderer.Render<CrawlGraphSvg>(new Dictionary<string, object?>
    {
        [nameof(CrawlGraphSvg.Graph)] = snapshot.Graph, [nameof(CrawlGraphSvg.Papers)] = snapshot.Papers, [nameof(CrawlGraphSvg.Ranking)] = snapshot.Ranking,
    });

    /// <summary>Markup built with a render tree builder, as a component writes it.</summary>
    public static string Fragment(RenderFragment fragment) =>
        PageRenderer.Render<FragmentHost>(new Dictionary<string, object?> { [nameof(FragmentHost.Content)] = fragment });

    /// <summary>Renders one fragment.</summary>
    public sealed class FragmentHost : ComponentBase
    {
        [Parameter] public RenderFragment? Content { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Content);
    }
}

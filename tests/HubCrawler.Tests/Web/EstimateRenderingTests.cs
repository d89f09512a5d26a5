using AngleSharp.Html.Parser;
using HubCrawler.Sources.Hubs;

namespace HubCrawler.Tests.Web;

/// <summary>The hub page says which shares come from the source and which from a model, shows the corrected shares
/// with intervals, and keeps the model's measured figures one click away (a details element).</summary>
public sealed class EstimateRenderingTests
{
    [Fact]
    public void The_page_separates_source_and_model_shares_and_shows_the_model_figures()
    {
        List<CitationEdge> edges =
        [
            new() { CitingPaperId = "a", Intents = ["methodology"], Role = CitationRole.Method, Contexts = ["We use the parser of [3] to tag the corpus."] },
            new() { CitingPaperId = "b", Contexts = ["However, unlike [4], their method fails on long documents."] },
            new() { CitingPaperId = "c", Contexts = ["Our results are consistent with those reported by [5]."] },
        ];
        var summary = HubSummarizer.Summarize(ContextClassification.Apply(edges));
        var hub = new PaperHub
        {
            PaperId = "0123456789abcdef0123456789abcdef01234567",
            Metadata = new PaperMetadata { PaperId = "0123456789abcdef0123456789abcdef01234567", Title = "Known" },
            Summary = summary, FetchedAt = DateTimeOffset.UnixEpoch, CitationsStored = 3,
        };
        var html = RenderedPages.HubPage(hub, new CitationPage { PaperId = hub.PaperId, Total = 0, Limit = 25, Items = [] }, new CitationQuery { Limit = 25 },
            DateTimeOffset.UnixEpoch.AddDays(1));
        var document = new HtmlParser().ParseDocument(html);

        var roles = document.QuerySelector("#roles [data-estimate=role]")!;
        Assert.Equal("1", roles.GetAttribute("data-from-source"));
        Assert.Equal("2", roles.GetAttribute("data-from-model"));
        Assert.Contains("1 of 3 role labels come from the source", roles.QuerySelector("[data-origin]")!.TextContent);
        var polarity = document.QuerySelector("#polarity [data-estimate=polarity]")!;
        Assert.Equal("0", polarity.GetAttribute("data-from-source"));
        Assert.Equal("3", polarity.GetAttribute("data-from-model"));
        var contrasting = polarity.QuerySelector("li[data-estimate-label=Contrasting]")!;
        Assert.Matches(@"^\d+% ± (\d+%|<1%)$", contrasting.QuerySelector("strong")!.TextContent);
        Assert.True(double.Parse(contrasting.GetAttribute("data-margin")!, System.Globalization.CultureInfo.InvariantCulture) > 0);

        var figures = polarity.QuerySelector("details.model-figures")!;
        Assert.NotNull(figures.QuerySelector("summary"));
        Assert.Equal(3, figures.QuerySelectorAll("table.figures tbody tr").Length);
        Assert.Equal(3, figures.QuerySelectorAll("table.confusion tbody tr").Length);
        Assert.NotNull(figures.QuerySelector("[data-macro-f1]"));
    }
}

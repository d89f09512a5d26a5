using HubCrawler.Sources.Hubs;

namespace HubCrawler.Tests.Model;

public sealed class HubSummarizerTests
{
    private static CitationEdge Edge(string? id, params string[] intents) => new()
    {
        CitingPaperId = id,
        Intents = intents,
        Role = IntentRoles.RoleOf(intents),
    };

    [Theory]
    [InlineData(new[] { "methodology", "background" }, CitationRole.Method)]
    [InlineData(new[] { "background", "result" }, CitationRole.Comparison)]
    [InlineData(new[] { "result", "methodology" }, CitationRole.Method)]
    [InlineData(new[] { "background" }, CitationRole.Background)]
    [InlineData(new string[0], CitationRole.Unclassified)]
    [InlineData(new[] { "somethingNew" }, CitationRole.Unclassified)]
    public void A_citation_counts_once_under_its_most_specific_role(string[] intents, CitationRole expected) =>
        Assert.Equal(expected, IntentRoles.RoleOf(intents));

    [Fact]
    public void Shares_of_classified_roles_sum_to_one_and_name_the_behaviour()
    {
        var edges = new List<CitationEdge>();
        for (var i = 0; i < 9; i++) edges.Add(Edge($"b{i}", "background"));
        for (var i = 0; i < 3; i++) edges.Add(Edge($"m{i}", "methodology", "background"));
        edges.Add(Edge("c0", "result"));
        edges.Add(Edge(null));

        var summary = HubSummarizer.Summarize(edges);

        Assert.Equal(14, summary.TotalCitations);
        Assert.Equal(13, summary.ClassifiedCitations);
        Assert.Equal(1, summary.UnresolvedCitingPapers);
        var classified = summary.Roles.Where(r => r.Role != CitationRole.Unclassified).ToList();
        Assert.Equal(1.0, classified.Sum(r => r.Share), 3);
        Assert.Equal(9, summary.Roles.Single(r => r.Role == CitationRole.Background).Count);
        Assert.Equal(3, summary.Roles.Single(r => r.Role == CitationRole.Method).Count);
        Assert.Equal(1, summary.Roles.Single(r => r.Role == CitationRole.Unclassified).Count);
        // The overlapping per-intent counts keep both intents of a two-intent citation.
        Assert.Equal(12, summary.IntentCounts["background"]);
        Assert.Equal("Mixed", summary.BehaviourLabel);
        Assert.Equal("Mixed citation behavior. Most common role is background (69%)", summary.Headline);
    }

    [Fact]
    public void Eighty_percent_of_one_role_is_predominant()
    {
        var edges = Enumerable.Range(0, 8).Select(i => Edge($"m{i}", "methodology"))
            .Concat(Enumerable.Range(0, 2).Select(i => Edge($"b{i}", "background"))).ToList();
        var summary = HubSummarizer.Summarize(edges);
        Assert.Equal("Predominantly method", summary.BehaviourLabel);
    }

    [Fact]
    public void No_classified_citation_is_said_so_not_guessed()
    {
        var summary = HubSummarizer.Summarize([Edge("a"), Edge("b")]);
        Assert.Equal("Unclassified", summary.BehaviourLabel);
        Assert.Equal(0, summary.ClassifiedCitations);
        Assert.All(summary.Polarity.Where(p => p.Polarity != CitationPolarity.Unclassified), p => Assert.Equal(0, p.Count));
    }

    [Fact]
    public void Representatives_are_influential_first_then_most_cited_and_resolved()
    {
        var edges = new List<CitationEdge>
        {
            Edge(null, "background") with { CitationCount = 10_000, Title = "unresolved" },
            Edge("low", "background") with { CitationCount = 1 },
            Edge("high", "background") with { CitationCount = 500 },
            Edge("influential", "methodology") with { CitationCount = 3, IsInfluential = true, Summary = "We use it." },
        };
        var representatives = HubSummarizer.Summarize(edges).Representatives;
        Assert.Equal(["influential", "high", "low", null], representatives.Select(r => r.CitingPaperId));
        Assert.Equal("We use it.", representatives[0].Summary);
    }

    [Theory]
    [InlineData("A short TL;DR.", "Ignored abstract.", "A short TL;DR.")]
    [InlineData(null, "We study e.g. the effect of Fig. 3 on things. Then more follows.", "We study e.g. the effect of Fig. 3 on things.")]
    [InlineData(null, null, null)]
    public void One_line_summary_prefers_the_tldr(string? tldr, string? abstractText, string? expected) =>
        Assert.Equal(expected, OneLineSummary.Of(tldr, abstractText));
}

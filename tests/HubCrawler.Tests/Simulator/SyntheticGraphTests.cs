namespace HubCrawler.Tests.Simulator;

public sealed class SyntheticGraphTests
{
    private static readonly SyntheticGraphOptions SmallOptions = new() { Papers = 800, Seed = 7, HeavyPaperCitations = 2000 };

    private static readonly Lazy<SyntheticGraph> Small = new(() => SyntheticGraph.Build(SmallOptions));

    [Fact]
    public void Build_WithSameOptions_GivesSameGraph()
    {
        var first = SyntheticGraph.Build(SmallOptions);
        var second = SyntheticGraph.Build(SmallOptions);

        Assert.Equal(first.Papers.Count, second.Papers.Count);
        for (var i = 0; i < first.Papers.Count; i++)
        {
            var a = first.Papers[i];
            var b = second.Papers[i];
            Assert.Equal(a.PaperId, b.PaperId);
            Assert.Equal(a.ArxivId, b.ArxivId);
            Assert.Equal(a.Title, b.Title);
            Assert.Equal(a.Abstract, b.Abstract);
            Assert.Equal(a.Tldr, b.Tldr);
            Assert.Equal(a.PublicationDate, b.PublicationDate);
            Assert.Equal(a.Authors, b.Authors);
            Assert.Equal(a.CitationCount, b.CitationCount);
            Assert.Equal(a.ReferenceCount, b.ReferenceCount);

            var citationsA = first.CitationsOf(i);
            var citationsB = second.CitationsOf(i);
            Assert.Equal(citationsA.Count, citationsB.Count);
            for (var k = 0; k < citationsA.Count; k++)
            {
                Assert.Equal(citationsA[k].CitingIndex, citationsB[k].CitingIndex);
                Assert.Equal(citationsA[k].CitingTitle, citationsB[k].CitingTitle);
                Assert.Equal(citationsA[k].Intents, citationsB[k].Intents);
                Assert.Equal(citationsA[k].Contexts, citationsB[k].Contexts);
                Assert.Equal(citationsA[k].IsInfluential, citationsB[k].IsInfluential);
            }
        }
    }

    [Fact]
    public void Build_WithAnotherSeed_GivesAnotherGraph()
    {
        var other = SyntheticGraph.Build(SmallOptions with { Seed = 8 });

        Assert.NotEqual(Small.Value.Papers[1].PaperId, other.Papers[1].PaperId);
    }

    [Fact]
    public void Papers_HaveWellFormedAndUniqueIds()
    {
        var papers = Small.Value.Papers;

        Assert.All(papers, paper =>
        {
            Assert.Matches("^[0-9a-f]{40}$", paper.PaperId);
            Assert.Matches(@"^\d{4}\.\d{5}$", paper.ArxivId);
            Assert.Equal($"10.5555/hubsim.{paper.Index}", paper.Doi);
            Assert.Equal(1_000_000 + paper.Index, paper.CorpusId);
            Assert.InRange(paper.Year, 2015, 2025);
            Assert.Matches($"^{paper.Year}-\\d\\d-\\d\\d$", paper.PublicationDate);
            Assert.InRange(paper.Authors.Count, 1, 6);
            Assert.False(string.IsNullOrWhiteSpace(paper.Title));
            Assert.Equal(Small.Value.CitationsOf(paper.Index).Count, paper.CitationCount);
        });
        Assert.Equal(papers.Count, papers.Select(p => p.PaperId).Distinct().Count());
        Assert.Equal(papers.Count, papers.Select(p => p.ArxivId).Distinct().Count());
        Assert.Contains(papers, p => p.Tldr is null);
        Assert.Contains(papers, p => p.Tldr is not null);
    }

    [Fact]
    public void HeavyPaper_HasAtLeastTheRequestedRecords_WithLeafPapersWhenNeeded()
    {
        var graph = Small.Value;

        Assert.Equal(0, graph.HeavyPaperIndex);
        Assert.True(graph.CitationsOf(0).Count >= SmallOptions.HeavyPaperCitations);
        Assert.True(graph.Papers.Count > SmallOptions.Papers);
        for (var leaf = SmallOptions.Papers; leaf < graph.Papers.Count; leaf++)
        {
            Assert.Empty(graph.CitationsOf(leaf));
            Assert.Contains(graph.CitationsOf(0), c => c.CitingIndex == leaf);
        }
    }

    [Fact]
    public void NoHeavyPaper_WhenDisabled()
    {
        var graph = SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 300, HeavyPaperCitations = 0 });

        Assert.Null(graph.HeavyPaperIndex);
        Assert.Equal(300, graph.Papers.Count);
    }

    [Fact]
    public void Graph_HasCycles_IncludingTwoCycles()
    {
        var graph = Small.Value;
        var edges = new HashSet<(int Citing, int Cited)>();
        for (var cited = 0; cited < graph.Papers.Count; cited++)
        {
            foreach (var citation in graph.CitationsOf(cited))
            {
                if (citation.CitingIndex is { } citing)
                {
                    edges.Add((citing, cited));
                }
            }
        }

        Assert.Contains(edges, e => e.Citing < e.Cited);
        Assert.Contains(edges, e => edges.Contains((e.Cited, e.Citing)));
    }

    [Fact]
    public void Graph_HasUnresolvedCiters()
    {
        var unresolved = AllCitations(Small.Value).Where(c => c.CitingIndex is null).ToList();

        Assert.NotEmpty(unresolved);
        Assert.All(unresolved, c => Assert.False(string.IsNullOrWhiteSpace(c.CitingTitle)));
    }

    [Fact]
    public void Citations_HaveVariedIntentsContextsAndInfluence()
    {
        var all = AllCitations(Small.Value).ToList();
        string[] allowed = [CitationIntents.Background, CitationIntents.Methodology, CitationIntents.Result];

        Assert.Contains(all, c => c.Intents.Length == 2);
        Assert.Contains(all, c => c.Intents.Length == 0);
        Assert.All(all, c => Assert.All(c.Intents, intent => Assert.Contains(intent, allowed)));
        Assert.Contains(all, c => c.Contexts.Length == 0);
        Assert.Contains(all, c => c.Contexts.Length > 1);
        Assert.All(all, c => Assert.InRange(c.Contexts.Length, 0, 3));
        Assert.Contains(all, c => c.IsInfluential);
        Assert.Contains(all, c => !c.IsInfluential);
    }

    [Fact]
    public void Find_ResolvesEveryIdForm_ToTheSamePaper()
    {
        var graph = Small.Value;
        foreach (var index in new[] { 0, 1, 42, SmallOptions.Papers - 1, graph.Papers.Count - 1 })
        {
            var paper = graph.Papers[index];
            string[] forms =
            [
                paper.PaperId,
                paper.PaperId.ToUpperInvariant(),
                $"arXiv:{paper.ArxivId}",
                $"ARXIV:{paper.ArxivId}v2",
                $"DOI:{paper.Doi}",
                $"doi:{paper.Doi.ToUpperInvariant()}",
                $"CorpusId:{paper.CorpusId}",
                $"corpusid:{paper.CorpusId}",
            ];

            Assert.All(forms, form => Assert.Same(paper, graph.Find(form)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-id")]
    [InlineData("0123456789abcdef0123456789abcdef01234567")]
    [InlineData("arXiv:9912.99999")]
    [InlineData("DOI:10.1000/unknown")]
    [InlineData("CorpusId:5")]
    [InlineData("PMID:19872477")]
    public void Find_ReturnsNull_ForUnknownOrMalformedIds(string id)
    {
        Assert.Null(Small.Value.Find(id));
    }

    [Fact]
    public void Reachable_FollowsCitingEdges_UpToDepth()
    {
        // Three papers, no random references: the only edges are the explicit 2-cycle 1 <-> 2; paper 0 is isolated.
        var graph = SyntheticGraph.Build(new SyntheticGraphOptions
        {
            Papers = 3,
            HeavyPaperCitations = 0,
            MeanReferences = 0,
            CycleRate = 0,
            UnresolvedCitationRate = 0,
        });

        Assert.Equal(new int?[] { 2 }, graph.CitationsOf(1).Select(c => c.CitingIndex));
        Assert.Equal(new int?[] { 1 }, graph.CitationsOf(2).Select(c => c.CitingIndex));
        Assert.Empty(graph.CitationsOf(0));
        Assert.Equal(new[] { 1 }, Sorted(graph.Reachable([1], 0)));
        Assert.Equal(new[] { 1, 2 }, Sorted(graph.Reachable([1], 1)));
        Assert.Equal(new[] { 1, 2 }, Sorted(graph.Reachable([1], 5)));
        Assert.Equal(new[] { 0 }, Sorted(graph.Reachable([0], 3)));
        Assert.Equal(new[] { 0, 1, 2 }, Sorted(graph.Reachable([0, 2], 1)));
    }

    [Fact]
    public void Reachable_MatchesLevelByLevelExpansion()
    {
        var graph = Small.Value;
        int[] seeds = [5, 17];
        var expected = new HashSet<int>(seeds);
        var frontier = seeds.ToList();
        for (var depth = 0; depth <= 3; depth++)
        {
            Assert.Equal(Sorted(expected), Sorted(graph.Reachable(seeds, depth)));
            frontier = frontier
                .SelectMany(p => graph.CitationsOf(p))
                .Where(c => c.CitingIndex is not null)
                .Select(c => c.CitingIndex!.Value)
                .Where(expected.Add)
                .ToList();
        }
    }

    private static int[] Sorted(IEnumerable<int> indices) => indices.Order().ToArray();

    private static IEnumerable<SimCitation> AllCitations(SyntheticGraph graph) =>
        Enumerable.Range(0, graph.Papers.Count).SelectMany(graph.CitationsOf);
}

using HubCrawler.Graph;

namespace HubCrawler.Tests.Related;

/// <summary>The graph algorithms on small graphs worked out by hand, without a cluster.</summary>
public sealed class GraphAlgorithmsTests
{
    [Fact]
    public void Co_citation_counts_citers_that_cite_both_and_names_citers_whose_references_are_unknown()
    {
        // P is cited by A, B, C; A cites P, X, Y; B cites P, X (twice listed); C's references were never read.
        var references = new Dictionary<string, string[]> { ["A"] = ["P", "X", "Y"], ["B"] = ["P", "X", "X"] };
        var result = SharedNeighbours.CoCitation("P", ["A", "B", "C", "A"], n => references.GetValueOrDefault(n));

        Assert.Equal(3, result.Neighbours);
        Assert.Equal(["C"], result.Unread);
        Assert.Equal([new SharedNeighbour("X", 2), new SharedNeighbour("Y", 1)], result.Related);
    }

    [Fact]
    public void Coupling_counts_shared_references_and_never_relates_a_paper_to_itself()
    {
        // P cites R1, R2; R1 is cited by P, Q, S; R2 by P, Q.
        var citers = new Dictionary<string, string[]> { ["R1"] = ["P", "Q", "S"], ["R2"] = ["Q", "P"] };
        var result = SharedNeighbours.Coupling("P", ["R1", "R2", "P"], n => citers.GetValueOrDefault(n));

        Assert.Equal(2, result.Neighbours);
        Assert.Empty(result.Unread);
        Assert.Equal([new SharedNeighbour("Q", 2), new SharedNeighbour("S", 1)], result.Related);
    }

    [Fact]
    public void Ties_are_ordered_by_id_so_the_answer_is_deterministic()
    {
        var result = SharedNeighbours.Count("P", ["N"], _ => ["b", "a", "c"]);
        Assert.Equal(["a", "b", "c"], result.Related.Select(r => r.PaperId));
    }

    [Fact]
    public void The_graph_keeps_each_citation_once_and_drops_edges_leaving_it()
    {
        var graph = new CitationGraph(["A", "B", "C", "A"]);
        Assert.True(graph.Add("A", "B"));
        Assert.False(graph.Add("A", "B"));
        Assert.False(graph.Add("A", "A"));
        Assert.False(graph.Add("A", "Z"));
        Assert.True(graph.Add("C", "B"));

        Assert.Equal(3, graph.Papers.Count);
        Assert.Equal(2, graph.EdgeCount);
        Assert.Equal([0, 2], graph.CitedBy(1).Order());
        Assert.Equal([(0, 1), (2, 1)], graph.Edges());
    }

    [Fact]
    public void PageRank_of_a_star_matches_the_closed_form()
    {
        // Two leaves citing a centre that cites nothing (so it spreads its rank evenly). With a = (1-d)/3:
        // l = a + d*c/3 and c = a + d*c/3 + 2*d*l, and c + 2l = 1, so c = (a + d) / (1 + 2d/3).
        var star = new CitationGraph(["C", "L1", "L2"]);
        star.Add("L1", "C");
        star.Add("L2", "C");
        var scores = PageRank.Compute(star);
        const double d = PageRank.Damping;
        const double a = (1 - d) / 3;
        var centre = (a + d) / (1 + 2 * d / 3);
        Assert.Equal(centre, scores[0], 9);
        Assert.Equal(a + d * centre / 3, scores[1], 9);
        Assert.Equal(scores[1], scores[2], 12);
        Assert.Equal(1.0, scores.Sum(), 9);
        Assert.Empty(PageRank.Compute(new CitationGraph([])));
        Assert.Equal([1.0], PageRank.Compute(new CitationGraph(["only"])));
    }

    [Fact]
    public void The_ranking_orders_by_score_then_in_crawl_citations_then_id()
    {
        var graph = new CitationGraph(["z", "y", "hub", "x"]);
        graph.Add("z", "hub");
        graph.Add("y", "hub");
        graph.Add("x", "hub");
        var ranking = CrawlRanking.Rank(graph);

        Assert.Equal(["hub", "x", "y", "z"], ranking.Select(r => r.PaperId));
        Assert.Equal([1, 2, 3, 4], ranking.Select(r => r.Rank));
        Assert.Equal(3, ranking[0].CitedBy);
        Assert.Equal(1, ranking[1].Cites);
    }

    [Fact]
    public void Pairs_of_a_crawl_are_counted_over_its_own_citations()
    {
        // a and b both cite x and y; c cites x and z: x,y co-cited twice, x,z once; a and b share two references.
        var graph = new CitationGraph(["a", "b", "c", "x", "y", "z"]);
        foreach (var (citing, cited) in new[] { ("a", "x"), ("a", "y"), ("b", "x"), ("b", "y"), ("c", "x"), ("c", "z") }) graph.Add(citing, cited);

        Assert.Equal([new PaperPair("x", "y", 2), new PaperPair("x", "z", 1)], PairCounts.CoCited(graph, 10));
        Assert.Equal([new PaperPair("a", "b", 2), new PaperPair("a", "c", 1), new PaperPair("b", "c", 1)], PairCounts.Coupled(graph, 10));
        Assert.Single(PairCounts.Coupled(graph, 1));
    }

    [Fact]
    public void The_layout_is_deterministic_inside_the_unit_square_and_keeps_nodes_apart()
    {
        var edges = Enumerable.Range(1, 59).Select(i => (i % 7, i)).ToList();
        var first = ForceLayout.Compute(60, edges);
        var second = ForceLayout.Compute(60, edges);

        Assert.Equal(first, second);
        Assert.All(first, p => Assert.True(p.X is >= 0 and <= 1 && p.Y is >= 0 and <= 1, p.ToString()));
        var closest = first.SelectMany((p, i) => first.Skip(i + 1).Select(q => Math.Sqrt((p.X - q.X) * (p.X - q.X) + (p.Y - q.Y) * (p.Y - q.Y)))).Min();
        Assert.True(closest > 0.001, $"two nodes at {closest}");
        Assert.Equal([new LayoutPoint(0.5, 0.5)], ForceLayout.Compute(1, []));
    }

    [Fact]
    public void A_picture_of_a_large_graph_shows_only_the_top_ranked_papers_and_the_edges_between_them()
    {
        var ids = Enumerable.Range(0, 500).Select(i => $"p{i:000}").ToList();
        var graph = new CitationGraph(ids);
        for (var i = 1; i < 500; i++) graph.Add(ids[i], ids[i / 3]);
        var ranking = CrawlRanking.Rank(graph);
        var picture = GraphPicture.Build(graph, ranking);

        Assert.True(picture.Summarised);
        Assert.Equal(GraphPicture.DefaultMaxNodes, picture.Nodes.Count);
        Assert.Equal(ranking.Take(300).Select(r => r.PaperId), picture.Nodes.Select(n => n.PaperId));
        var shown = picture.Nodes.Select(n => n.Index).ToHashSet();
        Assert.Equal(graph.Edges().Count(e => shown.Contains(e.Citing) && shown.Contains(e.Cited)), picture.Edges.Count);
        Assert.All(picture.Edges, e => Assert.Contains(picture.Nodes[e.Cited].Index, graph.Cites(picture.Nodes[e.Citing].Index)));
        Assert.Equal(499, picture.TotalEdges);
    }
}

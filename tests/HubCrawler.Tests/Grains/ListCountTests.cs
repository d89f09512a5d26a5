namespace HubCrawler.Tests.Grains;

/// <summary>Counts that add up: a list that shifts while paged, a list cut by the paging cap.</summary>
[Collection(ListCountCollection.Name)]
public sealed class ListCountTests(ListCountCluster fixture)
{
    private SyntheticGraph Graph => fixture.Simulator.Graph;
    private IPaperDirectoryGrain Directory => fixture.Grains.GetGrain<IPaperDirectoryGrain>(0);

    [Fact]
    public async Task A_citation_list_that_repeats_papers_while_paged_counts_each_once_and_says_how_many_repeated()
    {
        var paper = Graph.Papers[Graph.HeavyPaperIndex!.Value];
        var records = Graph.CitationsOf(paper.Index).Where(c => c.CitingIndex != paper.Index).ToList();
        fixture.Simulator.Faults.CitationRepeatRate = 0.2;
        try
        {
            var hub = (await Directory.Lookup(paper.PaperId, refresh: true)).Hub!;
            Assert.Equal(records.Count, hub.Summary.TotalCitations);
            var counts = Assert.Single(hub.ListCounts, c => c.Direction == EdgeDirection.Citations);
            Assert.True(counts.Duplicates > 0, "the shifted list should repeat some citing papers");
            Assert.Equal(records.Count(r => r.CitingIndex is null), counts.Unresolved);
            Assert.Equal(counts.Reported, counts.Listed + counts.Duplicates + counts.Unresolved + counts.NotListed);
            Assert.Equal(records.Count, counts.Listed + counts.Unresolved);
        }
        finally
        {
            fixture.Simulator.Faults.CitationRepeatRate = 0;
        }
    }

    [Fact]
    public async Task A_list_cut_by_the_paging_cap_says_so_in_its_counts()
    {
        var paper = Graph.Papers.Where(p => p.Index != Graph.HeavyPaperIndex).OrderByDescending(p => Graph.CitationsOf(p.Index).Count).First();
        var records = Graph.CitationsOf(paper.Index).Count;
        Assert.True(records > 40, $"{records} records");
        // The API refuses a page unless offset + limit < the cap: pages of 20 end at 40.
        fixture.Simulator.Faults.CitationPagingCap = 41;
        try
        {
            var hub = (await Directory.Lookup(paper.PaperId, refresh: true)).Hub!;
            var counts = Assert.Single(hub.ListCounts, c => c.Direction == EdgeDirection.Citations);
            Assert.Equal(40, counts.Received);
            Assert.Contains("refused to page past 40", counts.StoppedEarly);
            Assert.Equal(records - 40, counts.NotListed);
            Assert.Equal(40, hub.CitationsStored);
        }
        finally
        {
            fixture.Simulator.Faults.CitationPagingCap = null;
        }
    }
}

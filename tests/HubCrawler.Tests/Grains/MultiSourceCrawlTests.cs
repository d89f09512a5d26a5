using HubCrawler.Grains;

namespace HubCrawler.Tests.Grains;

/// <summary>Semantic Scholar, OpenAlex, arXiv and hub pages enabled together against one simulated graph.</summary>
[Collection(AllSourcesCollection.Name)]
public sealed class MultiSourceCrawlTests(AllSourcesCluster fixture)
{
    private static readonly string[] AllFour = ["semanticscholar", "openalex", "arxiv", "hub"];

    private SimulatorServer Simulator => fixture.Simulator;
    private SyntheticGraph Graph => fixture.Simulator.Graph;

    [Fact]
    public async Task A_crawl_with_all_four_sources_makes_one_hub_per_paper_with_each_field_from_the_source_its_precedence_names()
    {
        var seed = Graph.Papers[12];
        var expected = Graph.Reachable([seed.Index], 2).Select(i => Graph.Papers[i].PaperId).ToHashSet();
        Assert.True(expected.Count > 30, $"the seed should reach a real subgraph, reached {expected.Count}");

        var job = fixture.Grains.GetGrain<ICrawlJobGrain>(Jobs.NewId());
        await job.Start(new CrawlRequest { Seeds = ["DOI:" + seed.Doi], Depth = 2, MaxPapers = 100_000 });
        var status = await Jobs.WaitUntilDone(job, TimeSpan.FromMinutes(3));

        // Every paper once, under its Semantic Scholar id, though OpenAlex and arXiv name it otherwise.
        var papers = await job.GetPapers(0, 100_000);
        Assert.Equal(expected, papers.Select(p => p.PaperId).ToHashSet());
        Assert.Equal(expected.Count, papers.Count);
        Assert.Equal(expected.Count, status.Discovered);
        Assert.Equal(0, status.Failed);

        foreach (var id in expected)
        {
            var sim = Graph.Find(id)!;
            var hub = (await fixture.Grains.GetGrain<IPaperGrain>(id).GetHub()).Hub!;
            var metadata = hub.Metadata;
            Assert.Equal(AllFour, hub.Sources);
            Assert.Empty(hub.SourceErrors);

            Assert.Equal(sim.Title, metadata.Title);
            Assert.Equal(sim.Authors.Select(a => a.Name), metadata.Authors);
            Assert.Equal(sim.Abstract, metadata.Abstract);
            Assert.Equal(sim.Year, metadata.Year);
            Assert.EndsWith($"/arxiv/pdf/{sim.ArxivId}", metadata.PdfUrl);
            // OpenAlex counts a few citers the others miss, and its count is the one the precedence names.
            Assert.Equal(sim.CitationCount + 3, metadata.CitationCount);
            Assert.Equal(sim.Venue, metadata.Venue);
            Assert.Equal(sim.OpenAlexId, metadata.ExternalIds["OpenAlex"]);
            Assert.Equal(sim.Doi, metadata.ExternalIds["DOI"]);
            Assert.Equal(sim.ArxivId, metadata.ExternalIds["ArXiv"]);

            var provenance = metadata.Provenance;
            foreach (var field in new[] { "title", "authors", "year", "publicationDate", "abstract", "pdfUrl" }) Assert.Equal("arxiv", provenance[field]);
            Assert.Equal("openalex", provenance["citationCount"]);
            foreach (var field in new[] { "venue", "influentialCitationCount", "referenceCount", "url" }.Where(provenance.ContainsKey))
                Assert.Equal("semanticscholar", provenance[field]);
            if (sim.Tldr is not null) Assert.Equal("semanticscholar", provenance["tldr"]);

            // One citation per citing record of the graph, listed by every source that knows the citer.
            var records = Graph.CitationsOf(sim.Index).Where(c => c.CitingIndex != sim.Index).ToList();
            var page = await fixture.Grains.GetGrain<IPaperGrain>(id).GetCitations(new CitationQuery { Limit = CitationQuery.MaxLimit });
            Assert.Equal(records.Count, page.Total);
            Assert.Equal(records.Where(r => r.CitingIndex is not null).Select(r => Graph.Papers[r.CitingIndex!.Value].PaperId).ToHashSet(),
                page.Items.Where(c => c.CitingPaperId is not null).Select(c => c.CitingPaperId!).ToHashSet());
            Assert.All(page.Items.Where(c => c.CitingPaperId is not null), c => Assert.Equal(["semanticscholar", "hub", "openalex"], c.Sources));
            Assert.All(page.Items.Where(c => c.CitingPaperId is null), c => Assert.Equal(["semanticscholar", "hub"], c.Sources));
        }
    }

    [Fact]
    public async Task Ids_learned_from_every_source_become_aliases_of_the_one_paper_without_asking_any_source_again()
    {
        var paper = Graph.Papers[77];
        var hub = await fixture.Grains.GetGrain<IPaperDirectoryGrain>(0).Lookup(paper.PaperId);
        Assert.NotNull(hub.Hub);
        // The claims are one-way messages: wait until all three have landed in storage.
        var aliases = new[] { "OpenAlex:" + paper.OpenAlexId, "DOI:" + paper.Doi, "arXiv:" + paper.ArxivId };
        await Eventually.Last(
            () => Task.WhenAll(aliases.Select(a => fixture.StoredState<AliasState>("paperalias", PaperIdentifier.Parse(a).AliasKey, "alias"))),
            stored => stored.All(s => s?.CanonicalId is not null),
            TimeSpan.FromSeconds(15));
        Simulator.RequestLog.Clear();

        var directory = fixture.Grains.GetGrain<IPaperDirectoryGrain>(0);
        foreach (var alias in aliases)
            Assert.Equal(paper.PaperId, (await directory.Resolve(alias)).CanonicalId);
        Assert.Empty(Simulator.RequestLog.Snapshot());
    }

    [Fact]
    public async Task A_seed_named_by_its_OpenAlex_id_lands_on_the_Semantic_Scholar_keyed_paper()
    {
        var paper = Graph.Papers[131];
        var resolution = await fixture.Grains.GetGrain<IPaperDirectoryGrain>(0).Resolve("OpenAlex:" + paper.OpenAlexId);
        Assert.Equal(paper.PaperId, resolution.CanonicalId);
    }

    [Fact]
    public async Task When_every_source_sends_broken_bodies_the_lookup_fails_with_each_sources_specific_parse_error()
    {
        // A paper no other test of this collection touches, so nothing of it is cached.
        var crawled = Graph.Reachable([12], 2);
        var paper = Graph.Papers.Last(p => !crawled.Contains(p.Index) && p.Index is not (77 or 131));
        Simulator.Faults.MalformedRate = 1.0;
        try
        {
            var lookup = await fixture.Grains.GetGrain<IPaperGrain>(paper.PaperId).GetHub();
            Assert.Null(lookup.Hub);
            Assert.Equal(LookupErrorKind.SourceFailed, lookup.Error);
            Assert.Contains("semanticscholar: Semantic Scholar paper", lookup.Message);
            Assert.Contains("invalid JSON", lookup.Message);
            Assert.Contains("hub: Hub page", lookup.Message);
        }
        finally
        {
            Simulator.Faults.MalformedRate = 0;
        }
        // The failure was recorded, not cached: the next lookup builds the hub.
        var again = await fixture.Grains.GetGrain<IPaperGrain>(paper.PaperId).GetHub();
        Assert.NotNull(again.Hub);
        Assert.Equal(AllFour, again.Hub.Sources);
    }
}

using HubCrawler.Grains.Citations;

namespace HubCrawler.Tests.Grains;

[Collection(LookupCollection.Name)]
public sealed class PaperLookupTests(LookupCluster fixture)
{
    private SimulatorServer Simulator => fixture.Simulator;
    private SyntheticGraph Graph => fixture.Simulator.Graph;
    private IPaperDirectoryGrain Directory => fixture.Grains.GetGrain<IPaperDirectoryGrain>(0);

    [Fact]
    public async Task Every_id_form_reaches_the_same_hub_and_the_paper_is_fetched_once()
    {
        var paper = Graph.Papers[17];
        Simulator.RequestLog.Clear();
        string[] forms = [paper.PaperId, "arXiv:" + paper.ArxivId, "DOI:" + paper.Doi.ToUpperInvariant(), "CorpusId:" + paper.CorpusId];

        var hubs = new List<PaperHub>();
        foreach (var form in forms)
        {
            var lookup = await Directory.Lookup(form);
            hubs.Add(lookup.Hub ?? throw new Xunit.Sdk.XunitException($"{form}: {lookup.Error} {lookup.Message}"));
        }

        Assert.All(hubs, hub => Assert.Equal(paper.PaperId, hub.PaperId));
        Assert.Equal(paper.Title, hubs[0].Metadata.Title);
        // One metadata request per alias form (to learn which paper it names), the paper's own metadata in one batch
        // (the first lookup, by its Semantic Scholar id, needs no resolving) and one citations walk, no more.
        var requests = Simulator.RequestLog.Snapshot();
        Assert.Equal(forms.Length - 1, requests.Count(r => r.Kind == "paper"));
        Assert.Equal(1, requests.Count(r => r.Kind == "batch"));
        Assert.All(requests.Where(r => r.Kind != "batch"), r => Assert.Equal(paper.PaperId, r.PaperId));
        Assert.Equal(PagesFor(paper.Index), requests.Count(r => r.Kind == "citations"));
        Assert.Equal(forms.Length + PagesFor(paper.Index), requests.Count);
    }

    [Fact]
    public async Task The_hub_holds_metadata_roles_and_representatives_as_the_source_gave_them()
    {
        var paper = Graph.Papers.Where(p => p.Index > 0).MaxBy(p => Graph.CitationsOf(p.Index).Count)!;
        var citations = Graph.CitationsOf(paper.Index);
        var hub = (await Directory.Lookup(paper.PaperId)).Hub!;

        Assert.Equal(paper.Year, hub.Metadata.Year);
        Assert.Equal(paper.Tldr, hub.Metadata.Tldr);
        Assert.Equal(paper.Authors.Select(a => a.Name), hub.Metadata.Authors);
        Assert.Equal(paper.ArxivId, hub.Metadata.ExternalIds["ArXiv"]);
        Assert.Equal(citations.Count, hub.Summary.TotalCitations);
        Assert.Equal(citations.Count, hub.CitationsStored);
        Assert.Equal(citations.Count(c => c.CitingIndex is null), hub.Summary.UnresolvedCitingPapers);
        foreach (var role in Enum.GetValues<CitationRole>())
            Assert.Equal(citations.Count(c => ExpectedRoles.Of(c) == role), hub.Summary.Roles.Single(r => r.Role == role).Count);
        Assert.Equal(citations.Count(c => ExpectedRoles.Of(c) != CitationRole.Unclassified), hub.Summary.ClassifiedCitations);
        // Citations with contexts get a polarity from the classifier; without contexts nothing is guessed.
        Assert.True(hub.Summary.Polarity.Where(p => p.Polarity != CitationPolarity.Unclassified).Sum(p => p.Count) > 0);
        Assert.True(hub.Summary.Polarity.Single(p => p.Polarity == CitationPolarity.Unclassified).Count >= citations.Count(c => c.Contexts.Length == 0));
        Assert.NotEmpty(hub.Summary.Representatives);
        Assert.Equal(citations.Any(c => c.IsInfluential && c.CitingIndex is not null), hub.Summary.Representatives[0].IsInfluential);
        Assert.All(hub.Summary.Representatives, r => Assert.False(string.IsNullOrEmpty(r.Summary)));
        Assert.StartsWith(hub.Summary.BehaviourLabel, hub.Summary.Headline);
    }

    [Fact]
    public async Task The_explorer_pages_through_all_citations_and_filters_by_role()
    {
        var heavy = Graph.Papers[Graph.HeavyPaperIndex!.Value];
        var citations = Graph.CitationsOf(heavy.Index);
        var seen = new List<CitationEdge>();
        int? offset = 0;
        while (offset is { } o)
        {
            var page = (await Directory.Citations(heavy.PaperId, new CitationQuery { Offset = o, Limit = 997 })).Page!;
            Assert.Equal(citations.Count, page.Total);
            seen.AddRange(page.Items);
            offset = page.NextOffset;
        }
        Assert.Equal(citations.Count, seen.Count);
        Assert.Equal(citations.Where(c => c.CitingIndex is not null).Select(c => Graph.Papers[c.CitingIndex!.Value].PaperId).Order(),
            seen.Where(c => c.CitingPaperId is not null).Select(c => c.CitingPaperId!).Order());

        // The 20,000-citation list lives in 1,000-citation pages outside grain state.
        var store = Assert.IsType<MemoryCitationStore>(fixture.SiloService<ICitationStore>());
        Assert.True(store.PageCount >= 20, $"{store.PageCount} pages stored");

        var methods = (await Directory.Citations(heavy.PaperId, new CitationQuery { Limit = 1000, Role = CitationRole.Method })).Page!;
        Assert.Equal(citations.Count(c => ExpectedRoles.Of(c) == CitationRole.Method), methods.Total);
        Assert.All(methods.Items, c => Assert.Equal(CitationRole.Method, c.Role));
        Assert.Contains(methods.Items, c => c.Intents.Count > 1);
    }

    [Fact]
    public async Task A_thousand_concurrent_lookups_of_a_missing_paper_fetch_it_once()
    {
        var paper = Graph.Papers[123];
        Simulator.RequestLog.Clear();
        Simulator.Faults.LatencyMs = 50;
        try
        {
            var lookups = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Directory.Lookup(paper.PaperId)));
            Assert.All(lookups, l => Assert.Equal(paper.PaperId, l.Hub?.PaperId));
        }
        finally
        {
            Simulator.Faults.LatencyMs = 0;
        }
        // Its metadata came in one batch (sent at once: a lookup is waiting), not once a lookup.
        var requests = Simulator.RequestLog.Snapshot();
        Assert.Equal(1, requests.Count(r => r.Kind == "batch"));
        Assert.Equal(0, requests.Count(r => r.Kind == "paper"));
    }

    [Theory]
    [InlineData("arXiv:9999.99999", LookupErrorKind.NotFound, "not found")]
    [InlineData("ffffffffffffffffffffffffffffffffffffffff", LookupErrorKind.NotFound, "not found")]
    [InlineData("DOI:not-a-doi", LookupErrorKind.InvalidInput, "not a DOI")]
    [InlineData("../../etc/passwd", LookupErrorKind.InvalidInput, "not a paper id")]
    public async Task Bad_ids_say_what_is_wrong(string id, LookupErrorKind error, string message)
    {
        var lookup = await Directory.Lookup(id);
        Assert.Null(lookup.Hub);
        Assert.Equal(error, lookup.Error);
        Assert.Contains(message, lookup.Message);
    }

    [Fact]
    public async Task A_failing_source_is_reported_and_a_stale_hub_survives_it()
    {
        var paper = Graph.Papers[321];
        Simulator.Faults.FailingPaperIds.Add(paper.PaperId);
        try
        {
            var failed = await Directory.Lookup(paper.PaperId);
            Assert.Equal(LookupErrorKind.SourceFailed, failed.Error);
            Assert.Contains("500", failed.Message);

            Simulator.Faults.FailingPaperIds.Remove(paper.PaperId);
            var hub = (await Directory.Lookup(paper.PaperId)).Hub!;
            Assert.Null(hub.LastError);

            Simulator.Faults.FailingPaperIds.Add(paper.PaperId);
            var refreshed = await Directory.Lookup(paper.PaperId, refresh: true);
            Assert.NotNull(refreshed.Hub);
            Assert.Equal(hub.Summary.TotalCitations, refreshed.Hub.Summary.TotalCitations);
            // The hub stands in for the failing source, and says so.
            Assert.True(refreshed.Hub.Stale);
            Assert.Contains("stale", refreshed.Hub.LastError);
        }
        finally
        {
            Simulator.Faults.FailingPaperIds.Remove(paper.PaperId);
        }
    }

    // An uncited paper costs no citations request at all.
    private int PagesFor(int index) => (int)Math.Ceiling(Graph.CitationsOf(index).Count / 100.0);
}

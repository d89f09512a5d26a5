namespace HubCrawler.Grains.Watching;

/// <summary>The feed of one watched paper. A check asks the paper grain for a refreshed hub (its ordinary revalidation:
/// conditional requests, so an unchanged list costs what any revalidation costs), reads the citing papers from the hub
/// (no source request) and records those it had not seen. Not reentrant: checks of one paper run one at a time.</summary>
[GrainType("paperfeed")]
public sealed class PaperFeedGrain(
    [PersistentState("feed", HubCrawlerStorage.Name)] IPersistentState<PaperFeedState> state,
    IOptions<WatchOptions> options,
    IOptions<CrawlOptions> crawlOptions,
    TimeProvider time,
    ILogger<PaperFeedGrain> logger) : Grain, IPaperFeedGrain
{
    private string PaperId => this.GetPrimaryKeyString();

    public Task<FeedCheck> Start() =>
        state.State.Baselined
            ? Task.FromResult(new FeedCheck { CheckedAt = state.State.CheckedAt ?? time.GetUtcNow() })
            : Check();

    public async Task<FeedCheck> Check()
    {
        var s = state.State;
        // Several watches of one paper firing together share one refresh.
        if (s.Baselined && s.CheckedAt is { } last && time.GetUtcNow() - last < options.Value.SharedCheckWindow)
            return new FeedCheck { CheckedAt = last };

        var paper = GrainFactory.GetGrain<IPaperGrain>(PaperId);
        // The first check takes whatever hub there is as the baseline; later ones ask the sources whether it changed.
        var lookup = await paper.GetHub(refresh: s.Baselined);
        var now = time.GetUtcNow();
        if (lookup.Hub is not { } hub)
        {
            s.LastError = lookup.Message ?? "The paper could not be refreshed.";
            if (s.Baselined) await Write();
            return new FeedCheck { Error = s.LastError, ErrorKind = lookup.Error, CheckedAt = now };
        }

        var citations = await ReadAll(paper);
        s.Title = hub.Metadata.Title;
        s.CheckedAt = now;
        s.LastError = hub.LastError;
        if (!s.Baselined)
        {
            s.Baselined = true;
            s.Known = citations.Where(c => c.CitingPaperId is not null).Select(c => c.CitingPaperId!).ToHashSet(StringComparer.Ordinal);
            await Write();
            return new FeedCheck { Baseline = true, CheckedAt = now };
        }

        var found = CitationDiff.NewCiters(citations, s.Known).Select(c => new CitationEvent
        {
            CitedPaperId = PaperId,
            CitingPaperId = c.CitingPaperId!,
            Title = c.Title,
            Year = c.Year,
            Venue = c.Venue,
            Summary = c.Summary,
            Role = c.Role,
            DetectedAt = now,
        }).ToList();
        var (added, dropped) = FeedEvents.Append(s.Events, found, s.LastSequence, options.Value.MaxEvents);
        s.LastSequence += added.Count;
        s.Dropped += dropped;
        s.Known.UnionWith(added.Select(e => e.CitingPaperId));
        await Write();
        if (added.Count > 0) logger.NewCiters(PaperId, added.Count);
        return new FeedCheck { New = added, CheckedAt = now };
    }

    public Task<PaperFeed?> Get() => Task.FromResult(state.State.Baselined
        ? new PaperFeed
        {
            PaperId = PaperId,
            Title = state.State.Title,
            Events = state.State.Events.ToList(),
            Dropped = state.State.Dropped,
            CheckedAt = state.State.CheckedAt,
            Known = state.State.Known.Count,
        }
        : null);

    public Task<IReadOnlyList<CitationEvent>> EventsAfter(long sequence) =>
        Task.FromResult<IReadOnlyList<CitationEvent>>(state.State.Events.Where(e => e.Sequence > sequence).ToList());

    public Task<long> LastSequence() => Task.FromResult(state.State.LastSequence);

    /// <summary>Every citing paper of the hub, read from the hub's stored list a page at a time.</summary>
    private static async Task<List<CitationEdge>> ReadAll(IPaperGrain paper)
    {
        var all = new List<CitationEdge>();
        for (int? offset = 0; offset is { } next;)
        {
            var page = await paper.GetCitations(new CitationQuery { Offset = next, Limit = CitationQuery.MaxLimit });
            all.AddRange(page.Items);
            offset = page.NextOffset;
        }
        return all;
    }

    private Task Write() => state.WriteWithRetry(logger, crawlOptions.Value.StorageRetryBudget);
}

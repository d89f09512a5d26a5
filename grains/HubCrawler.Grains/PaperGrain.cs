using HubCrawler.Grains.Citations;
using HubCrawler.Sources.Hubs;
using Microsoft.Extensions.DependencyInjection;

namespace HubCrawler.Grains;

/// <summary>One paper. Reentrant, so lookups are answered while a refresh waits on the source;
/// every refresh goes through one shared task, so concurrent lookups of a missing paper cause
/// one fetch (single flight) and a stale hub is answered at once while it refreshes. Its hub's stamps, age and
/// freshness are read on the <see cref="HubClock"/>; its waits on the host's clock.</summary>
[Reentrant]
[GrainType("paper")]
public sealed class PaperGrain(
    [PersistentState("paper", HubCrawlerStorage.Name)] IPersistentState<PaperState> state,
    PaperSources sources,
    EdgeListStore lists,
    IOptions<CrawlOptions> crawlOptions,
    TimeProvider time,
    [FromKeyedServices(HubClock.Key)] TimeProvider hubClock,
    ILogger<PaperGrain> logger) : Grain, IPaperGrain
{
    private PaperMetadata? _primed;
    // Ids a lookup learned (the arXiv id of a paper keyed by the DOI its arXiv page names): kept for the activation.
    private IReadOnlyDictionary<string, string>? _primedIds;
    // True once anyone read this paper's hub; a paper only a crawl touched is let go after its visit.
    private bool _read;
    private Task<Refresh>? _refresh;
    // The lists the running refresh reads.
    private EdgeDirection _refreshLists;
    // The citation count the listing that discovered this paper gave (a crawl's hint; 0 spares the citations request).
    private int? _knownCitationCount;
    // Storage writes this activation made (grain state, citation pages), so a visit can report what it cost.
    private long _writes;
    private string PaperId => this.GetPrimaryKeyString();
    private string ReferencesKey => PaperId + "/references";

    private StoredEdgeList CitationList => new()
    {
        Inline = state.State.Citations,
        Paged = state.State.CitationList,
        Count = state.State.CitationCount,
        Summary = state.State.Summary,
    };

    public async Task<VisitResult> Visit(VisitOrder order)
    {
        _knownCitationCount = order.KnownCitationCount;
        var writesBefore = _writes;
        var toRead = ListsToRead(order.Direction, revalidate: false);
        var refresh = toRead == 0 ? Refresh.UpToDate : await RefreshOnce(revalidate: false, lists: toRead);
        var offered = 0;
        if (order.Depth > 0 && refresh.Outcome is not (VisitOutcome.Failed or VisitOutcome.Throttled))
            offered = await OfferNeighbours(order);
        var result = new VisitResult
        {
            PaperId = PaperId,
            Depth = order.Depth,
            Outcome = refresh.Outcome,
            Reason = refresh.Reason,
            Message = refresh.Message,
            Requests = refresh.Requests,
            Downloads = refresh.Downloads,
            RequestsByKind = refresh.RequestsByKind,
            StorageWrites = (int)(_writes - writesBefore),
            Wait = refresh.Wait,
            Offered = offered,
        };
        // The hub is in storage: a crawl of 100,000 papers need not keep 100,000 activations in memory.
        if (!_read && _refresh is null or { IsCompleted: true }) DeactivateOnIdle();
        return result;
    }

    /// <summary>The lists a refresh must read for a caller that follows <paramref name="wanted"/>: the citations when the hub
    /// is missing or stale (or <paramref name="revalidate"/>), the references when wanted and never read (or revalidated).
    /// References change little and cost requests, so a stale hub does not re-read them on its own.</summary>
    private EdgeDirection ListsToRead(EdgeDirection wanted, bool revalidate)
    {
        EdgeDirection read = 0;
        if (revalidate || !IsFresh()) read |= EdgeDirection.Citations;
        if (wanted.HasFlag(EdgeDirection.References) && (revalidate || state.State.References is null)) read |= EdgeDirection.References;
        return read;
    }

    /// <summary>Offers the neighbours along the crawl's edges (with the citation counts their listing gave) to the partitions
    /// that own them, and returns once all are admitted: only then may this visit complete, which lets the job count to done.</summary>
    private async Task<int> OfferNeighbours(VisitOrder order)
    {
        var citing = await Neighbours(order.Direction);
        if (citing.Count == 0) return 0;
        var byPartition = citing.GroupBy(c => FrontierPartitioning.Of(c.PaperId, order.Partitions));
        await Task.WhenAll(byPartition.Select(async group =>
        {
            var partition = GrainFactory.GetGrain<ICrawlFrontierGrain>(FrontierPartitioning.Key(order.JobId, group.Key));
            var offers = group.Select(c => c with { Depth = order.Depth - 1 }).ToList();
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await partition.Offer(offers);
                    return;
                }
                catch (Exception e) when (attempt < 3)
                {
                    // If it keeps failing the visit fails, and the partition that sent it sends it again.
                    logger.OfferFailed(PaperId, group.Key, attempt, e.Message);
                    await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), time);
                }
            }
        }));
        return citing.Count;
    }

    public async Task<PaperLookup> GetHub(bool refresh = false)
    {
        _read = true;
        if (!refresh && Hub() is { } hub)
        {
            // Stale-while-revalidate: answer now, refresh in the background.
            if (!IsFresh()) _ = RefreshOnce(revalidate: false, lists: EdgeDirection.Citations);
            return PaperLookup.Found(hub);
        }

        // Someone waits for this answer: a batched metadata request goes at once rather than at the end of its window.
        // References already read are read again on an explicit refresh; otherwise only when asked for.
        var lists = EdgeDirection.Citations | (refresh && state.State.References is not null ? EdgeDirection.References : 0);
        var result = await RefreshOnce(revalidate: refresh, urgent: true, lists: lists);
        return Hub() is { } fresh
            ? PaperLookup.Found(fresh)
            : PaperLookup.Failed(result.Reason == "not-found" ? LookupErrorKind.NotFound : LookupErrorKind.SourceFailed, result.Message ?? "The paper could not be fetched.");
    }

    public async Task<CitationPage> GetCitations(CitationQuery query)
    {
        _read = true;
        if (state.State.Summary is null) await RefreshOnce(revalidate: false, lists: EdgeDirection.Citations);
        var (items, total) = await lists.QueryAsync(PaperId, CitationList, query);
        return Page(query, items, total, EdgeDirection.Citations);
    }

    public async Task<CitationYears> GetCitationYears()
    {
        _read = true;
        if (state.State.Summary is null) await RefreshOnce(revalidate: false, lists: EdgeDirection.Citations);
        return CitationYearCounter.Count(await lists.ReadAllAsync(PaperId, CitationList));
    }

    public async Task<CitationsLookup> GetReferences(CitationQuery query)
    {
        _read = true;
        if (state.State.References is null)
        {
            var read = await RefreshOnce(revalidate: false, lists: ListsToRead(EdgeDirection.References, revalidate: false) | EdgeDirection.References);
            if (state.State.References is null)
                return new CitationsLookup
                {
                    Error = read.Reason == "not-found" ? LookupErrorKind.NotFound : LookupErrorKind.SourceFailed,
                    Message = read.Message ?? (sources.All.Any(s => s.ListsReferences)
                        ? "No source answered with the paper's references."
                        : "No enabled source lists references (enable semanticscholar, openalex or opencitations)."),
                };
        }
        var (items, total) = await lists.QueryAsync(ReferencesKey, state.State.References, query);
        return new CitationsLookup { Page = Page(query, items, total, EdgeDirection.References) };
    }

    public async Task<PaperLinks> GetLinks(bool citers, bool references)
    {
        var metadata = state.State.Metadata;
        if (metadata is null || state.State.Summary is null) return new PaperLinks { PaperId = PaperId };
        static List<LinkedPaper> Linked(IEnumerable<CitationEdge> edges, string self) => edges
            .Where(e => e.CitingPaperId is { } id && id != self)
            .DistinctBy(e => e.CitingPaperId, StringComparer.Ordinal)
            .Select(e => new LinkedPaper(e.CitingPaperId!, e.Title, e.Year))
            .ToList();
        return new PaperLinks
        {
            PaperId = PaperId,
            HasHub = true,
            Title = metadata.Title,
            Year = metadata.Year,
            CitationCount = metadata.CitationCount,
            Citers = citers ? Linked(await lists.ReadAllAsync(PaperId, CitationList), PaperId) : null,
            References = references && state.State.References is { } stored ? Linked(await lists.ReadAllAsync(ReferencesKey, stored), PaperId) : null,
        };
    }

    private CitationPage Page(CitationQuery query, IReadOnlyList<CitationEdge> items, int total, EdgeDirection direction)
    {
        var next = query.Offset + items.Count;
        return new CitationPage
        {
            PaperId = PaperId,
            Direction = direction,
            Total = total,
            Offset = query.Offset,
            Limit = query.Limit,
            Items = items,
            NextOffset = items.Count > 0 && next < total ? next : null,
        };
    }

    public Task Prime(PaperPrime prime)
    {
        if (prime.Ids.Count > 0) _primedIds = prime.Ids;
        if (!IsFresh() && prime.Metadata is { } metadata) _primed = metadata;
        return Task.CompletedTask;
    }

    private Task<Refresh> RefreshOnce(bool revalidate, EdgeDirection lists, bool urgent = false)
    {
        if (_refresh is { IsCompleted: false } running)
        {
            if ((_refreshLists & lists) == lists) return running;
            // The running refresh does not read every list this caller needs: it goes first, then one that reads the rest.
            return After(running, revalidate, lists, urgent);
        }
        _refreshLists = lists;
        _refresh = RefreshFromSources(revalidate, urgent, lists);
        return _refresh;
    }

    private async Task<Refresh> After(Task<Refresh> running, bool revalidate, EdgeDirection lists, bool urgent)
    {
        await running;
        var missing = ListsToRead(lists, revalidate) & lists;
        return missing == 0 ? await running : await RefreshOnce(revalidate, missing, urgent);
    }

    private async Task<Refresh> RefreshFromSources(bool revalidate, bool urgent, EdgeDirection lists)
    {
        var primed = _primed;
        _primed = null;
        var knownCitationCount = _knownCitationCount;
        _knownCitationCount = null;
        var known = PaperIdSet.Of(PaperId, state.State.Metadata?.ExternalIds);
        known.AddExternal(_primedIds);
        var fetch = new SourceFetch(revalidate, primed)
        {
            KnownCitationCount = knownCitationCount,
            Urgent = urgent,
            Lists = lists,
            // A hub built from stale documents is not the source's last word: its list is read afresh.
            CitationPages = state.State.BuiltFromStaleDocuments ? null : state.State.CitationPages,
        };
        var outcome = await sources.FetchAsync(known, fetch);
        var (requests, downloads, stale) = (outcome.Requests, outcome.Downloads, outcome.Stale);
        var byKind = outcome.RequestsByKind;
        if (outcome.Throttled is { } wait)
        {
            // Not a failure of this paper: nothing is recorded on it; the crawl puts it back to wait for the host.
            logger.PaperWaits(PaperId, wait.Host, wait.Until, wait.Reason);
            return new Refresh(VisitOutcome.Throttled, "throttled", $"{wait.Host} asked to wait until {wait.Until:u} ({wait.Reason})", requests, downloads) { Wait = wait, RequestsByKind = byKind };
        }
        if (outcome.Records.Count == 0)
        {
            var failures = outcome.Failures.Select(f => $"{f.Key}: {f.Value.Message}").ToList();
            if (failures.Count == 0)
                return await RecordFailure(SourceErrorKind.NotFound, "not-found", outcome.NotFound.Count switch
                {
                    0 => $"No enabled source can look up {PaperId}.",
                    1 => outcome.NotFound.Values.First(),
                    _ => string.Join("; ", outcome.NotFound.Select(n => $"{n.Key}: {n.Value}")),
                }, requests, byKind);
            var (error, reason, _) = outcome.Failures.Values.First();
            return await RecordFailure(error, reason, string.Join("; ", failures), requests, byKind);
        }

        if (lists.HasFlag(EdgeDirection.References)) await KeepReferences(outcome);
        if (!lists.HasFlag(EdgeDirection.Citations) && state.State.Summary is not null)
        {
            // Only the references were read (the hub is fresh): the rest of the hub stays as it is.
            await WriteState();
            return new Refresh(outcome.Downloads > 0 ? VisitOutcome.Fetched : VisitOutcome.Revalidated, null, null, requests, downloads) { RequestsByKind = byKind };
        }
        var sourceErrors = outcome.Failures.ToDictionary(f => f.Key, f => $"{f.Value.Reason}: {f.Value.Message}");
        var builtFrom = outcome.Records.Select(r => r.Source).ToList();
        var metadata = SourceMerger.MergeMetadata(PaperId, outcome.Records.Select(r => (r.Source, r.Record)).ToList());
        // A batch shared with other papers asked the source and brought a body, though another paper counts it.
        var asked = requests > 0 || outcome.Shared;
        if (ListsUnchanged(outcome, builtFrom, stale))
        {
            var s2 = SemanticScholarRecord(outcome);
            if (MetadataEquality.Same(metadata, state.State.Metadata))
            {
                // Every source confirmed its list and the metadata is the same: the hub is the same, only its age is new.
                await Confirm(sourceErrors, s2?.CitationListNote);
                return new Refresh(asked ? VisitOutcome.Revalidated : VisitOutcome.FromCache, null, null, requests, downloads) { RequestsByKind = byKind };
            }
            // The same citations under new metadata: the list, its summary and its pages stay as they are.
            await Store(metadata, null, stale, builtFrom, sourceErrors, s2);
            return new Refresh(VisitOutcome.Fetched, null, null, requests, downloads) { RequestsByKind = byKind };
        }

        var index = outcome.Records.FindIndex(r => r.Source == SemanticScholarSource.Name && r.Record.Citations is null);
        if (index >= 0 && sources.SemanticScholar?.LookupId(outcome.Ids) is { } lookup)
        {
            // Semantic Scholar's pages all answered 304 but the hub must be rebuilt (another source's list changed, or the
            // hub was built from other sources): the pages' bodies were not kept, so they are read again in full, one
            // more request each, with the metadata the batch just gave.
            var again = await sources.SemanticScholar.FetchAsync(lookup, new SourceFetch(true, outcome.Records[index].Record.Metadata));
            requests += again.Requests;
            foreach (var (kind, count) in again.RequestsByKind) byKind[kind] = byKind.GetValueOrDefault(kind) + count;
            if (again.Error == SourceErrorKind.Throttled)
                return new Refresh(VisitOutcome.Throttled, "throttled", again.Message, requests, downloads) { Wait = again.Wait, RequestsByKind = byKind };
            if (!again.IsSuccess) return await RecordFailure(again.Error, again.Reason, $"{SemanticScholarSource.Name}: {again.Message}", requests, byKind);
            downloads += again.Downloads;
            outcome.Records[index] = (SemanticScholarSource.Name, again.Value!);
        }

        var outcomeKind = downloads > 0 || outcome.Shared ? VisitOutcome.Fetched : requests > 0 ? VisitOutcome.Revalidated : VisitOutcome.FromCache;
        var citationLists = outcome.Records.Where(r => r.Record.Citations is not null)
            .Select(r => new SourceEdgeList(r.Source, r.Record.Citations!, r.Record.ReportedCitations, r.Record.CitationsStoppedEarly)).ToList();
        var merged = SourceMerger.MergeEdges(citationLists, EdgeDirection.Citations);
        var citations = ContextClassification.Apply(merged.Edges.Where(c => c.CitingPaperId != PaperId));
        KeepCounts(EdgeDirection.Citations, merged.Counts);
        await Store(metadata, citations, stale, builtFrom, sourceErrors, SemanticScholarRecord(outcome));
        // Semantic Scholar resolves its own aliases with one request; any other key is found again only through its claims.
        if (sources.IsMultiSource || !PaperIdentifier.IsSemanticScholarId(PaperId)) ClaimAliases(outcome.Ids);
        return new Refresh(outcomeKind, null, null, requests, downloads) { RequestsByKind = byKind };
    }

    /// <summary>Merges and keeps the reference lists the sources sent (pages written; the grain state is written by the caller).</summary>
    private async Task KeepReferences(SourceOutcome outcome)
    {
        var referenceLists = outcome.Records.Where(r => r.Record.References is not null)
            .Select(r => new SourceEdgeList(r.Source, r.Record.References!, r.Record.ReportedReferences, r.Record.ReferencesStoppedEarly)).ToList();
        if (referenceLists.Count == 0) return;
        var merged = SourceMerger.MergeEdges(referenceLists, EdgeDirection.References);
        var references = ContextClassification.Apply(merged.Edges.Where(c => c.CitingPaperId != PaperId));
        var previous = state.State.References;
        var (list, writes) = await lists.WriteAsync(ReferencesKey, references, HubSummarizer.Summarize(references), hubClock.GetUtcNow());
        _writes += writes;
        state.State.References = list;
        KeepCounts(EdgeDirection.References, merged.Counts);
        if (previous?.Paged is not null) _previousReferences = previous;
    }

    // The reference pages the hub named before its last rebuild, deleted once the new state is written.
    private StoredEdgeList? _previousReferences;

    private void KeepCounts(EdgeDirection direction, IReadOnlyList<EdgeListCount> counts) =>
        state.State.ListCounts = state.State.ListCounts.Where(c => c.Direction != direction).Concat(counts).OrderBy(c => c.Direction).ToList();

    /// <summary>True when every source confirmed the citation list the hub was built from.</summary>
    private bool ListsUnchanged(SourceOutcome outcome, List<string> builtFrom, bool stale)
    {
        var s = state.State;
        if (s.Summary is null || s.BuiltFromStaleDocuments || stale || !builtFrom.SequenceEqual(s.Sources)) return false;
        return outcome.Records.All(r => r.Record.Unchanged
            // Semantic Scholar reported 0 citations again: no list was asked for, then or now.
            || (r.Record.CitationListNote is not null && r.Record.Citations is { Count: 0 } && s.CitationListNote is not null));
    }

    private static SourceRecord? SemanticScholarRecord(SourceOutcome outcome) =>
        outcome.Records.Where(r => r.Source == SemanticScholarSource.Name).Select(r => r.Record).FirstOrDefault();

    private void ClaimAliases(PaperIdSet ids)
    {
        // The grain's own key is claimed too: a DOI key is looked up through its alias like any other DOI.
        foreach (var id in ids.All)
            if (!id.IsCanonical)
                GrainFactory.GetGrain<IPaperAliasGrain>(id.AliasKey).Claim(PaperId).Ignore();
    }

    /// <summary>Writes the rebuilt hub: one grain-state write (and, for a long list, its pages in the citation store).
    /// <paramref name="citations"/> null keeps the list the hub has (only the metadata changed).</summary>
    private async Task Store(PaperMetadata metadata, List<CitationEdge>? citations, bool stale, List<string> builtFrom, Dictionary<string, string> sourceErrors,
        SourceRecord? semanticScholar)
    {
        var s = state.State;
        var previousList = citations is null ? null : CitationList;
        if (citations is not null)
        {
            var (list, writes) = await lists.WriteAsync(PaperId, citations, HubSummarizer.Summarize(citations), hubClock.GetUtcNow());
            _writes += writes;
            s.CitationList = list.Paged;
            s.Citations = list.Inline;
            s.CitationCount = list.Count;
            s.Summary = list.Summary;
        }
        s.Metadata = metadata;
        s.FetchedAt = hubClock.GetUtcNow();
        s.LastAttemptAt = s.FetchedAt;
        s.LastError = stale ? "stale: a source failed; built from its cached documents" : null;
        s.BuiltFromStaleDocuments = stale;
        s.RefreshFailed = false;
        s.Sources = builtFrom;
        s.SourceErrors = sourceErrors;
        // What the next refresh asks Semantic Scholar about, instead of a cached copy of each page.
        s.CitationPages = semanticScholar?.CitationPages.ToList() ?? [];
        s.CitationListNote = semanticScholar?.CitationListNote;
        await WriteState();
        await lists.DeleteAsync(PaperId, previousList);
    }

    private async Task Confirm(Dictionary<string, string> sourceErrors, string? citationListNote)
    {
        state.State.SourceErrors = sourceErrors;
        state.State.FetchedAt = hubClock.GetUtcNow();
        state.State.LastAttemptAt = state.State.FetchedAt;
        state.State.LastError = null;
        state.State.RefreshFailed = false;
        state.State.CitationListNote = citationListNote;
        await WriteState();
    }

    private async Task<Refresh> RecordFailure(SourceErrorKind error, string reason, string message, int requests, IReadOnlyDictionary<string, int> requestsByKind)
    {
        logger.PaperFailed(PaperId, reason, message);
        // An id the source does not know is not kept, so junk ids leave nothing behind.
        if (error == SourceErrorKind.NotFound && state.State.Summary is null)
        {
            DeactivateOnIdle();
            return new Refresh(VisitOutcome.Failed, reason, message, requests, 0) { RequestsByKind = requestsByKind };
        }

        // A hub there is stays, served and marked stale with the reason, until a refresh succeeds.
        var hasHub = state.State.Summary is not null;
        state.State.LastError = hasHub ? $"stale: {reason}: {message}" : $"{reason}: {message}";
        state.State.RefreshFailed = hasHub;
        state.State.LastAttemptAt = hubClock.GetUtcNow();
        await WriteState();
        // A stale hub is still a hub: the crawl goes on from it and the failure stays on the paper.
        return hasHub
            ? new Refresh(VisitOutcome.FromCache, reason, message, requests, 0) { RequestsByKind = requestsByKind }
            : new Refresh(VisitOutcome.Failed, reason, message, requests, 0) { RequestsByKind = requestsByKind };
    }

    private bool IsFresh() =>
        state.State.FetchedAt is { } fetched && hubClock.GetUtcNow() - fetched < crawlOptions.Value.Freshness;

    private PaperHub? Hub() => state.State is { Metadata: { } metadata, Summary: { } summary, FetchedAt: { } fetchedAt }
        ? new PaperHub
        {
            PaperId = PaperId,
            Metadata = metadata,
            Summary = summary,
            FetchedAt = fetchedAt,
            Sources = state.State.Sources,
            SourceErrors = state.State.SourceErrors,
            LastError = state.State.LastError,
            CitationsStored = state.State.CitationCount,
            Stale = !IsFresh() || state.State.BuiltFromStaleDocuments || state.State.RefreshFailed,
            CitationListNote = state.State.CitationListNote,
            ListCounts = state.State.ListCounts,
            References = state.State.References?.Summary,
            ReferencesStored = state.State.References?.Count ?? 0,
            AgeSeconds = Math.Round((hubClock.GetUtcNow() - fetchedAt).TotalSeconds, 3),
        }
        : null;

    /// <summary>The papers at the other end of the edges the crawl follows, once each, with the citation counts their listings gave.</summary>
    private async Task<List<FrontierOffer>> Neighbours(EdgeDirection direction)
    {
        var counts = new Dictionary<string, int?>(StringComparer.Ordinal);
        void Add(IEnumerable<CitationEdge> edges)
        {
            foreach (var edge in edges)
                if (edge.CitingPaperId is { } id && id != PaperId) counts.TryAdd(id, edge.CitationCount);
        }
        if (direction.HasFlag(EdgeDirection.Citations)) Add(await lists.ReadAllAsync(PaperId, CitationList));
        if (direction.HasFlag(EdgeDirection.References) && state.State.References is { } references) Add(await lists.ReadAllAsync(ReferencesKey, references));
        if (sources.SemanticScholar is null || counts.Keys.All(PaperIdentifier.IsSemanticScholarId))
            return counts.Select(c => new FrontierOffer(c.Key, 0, c.Value)).ToList();

        // A citing paper only another source listed may still be known to Semantic Scholar under its own
        // id; resolving it here keeps one paper from being crawled under two keys.
        var directory = GrainFactory.GetGrain<IPaperDirectoryGrain>(0);
        var resolved = await Task.WhenAll(counts.Select(async pair =>
        {
            if (PaperIdentifier.IsSemanticScholarId(pair.Key)) return new FrontierOffer(pair.Key, 0, pair.Value);
            try
            {
                return new FrontierOffer((await directory.Resolve(pair.Key)).CanonicalId ?? pair.Key, 0, pair.Value);
            }
            catch (Exception e)
            {
                logger.CiterUnresolved(e, PaperId, pair.Key);
                return new FrontierOffer(pair.Key, 0, pair.Value);
            }
        }));
        return resolved.Where(o => o.PaperId != PaperId).DistinctBy(o => o.PaperId, StringComparer.Ordinal).ToList();
    }

    private sealed record Refresh(VisitOutcome Outcome, string? Reason, string? Message, int Requests, int Downloads)
    {
        public static readonly Refresh UpToDate = new(VisitOutcome.FromCache, null, null, 0, 0);

        /// <summary>The requests by kind, keyed "{source}/{kind}" (<see cref="SourceRequestKinds"/>), as the sources' outcome counted
        /// them; a batch counts at the first paper in it.</summary>
        public IReadOnlyDictionary<string, int> RequestsByKind { get; init; } = new Dictionary<string, int>();
        /// <summary>For <see cref="VisitOutcome.Throttled"/>: the host the paper waits for.</summary>
        public HostWait? Wait { get; init; }
    }

    private async Task WriteState()
    {
        await state.WriteWithRetry(logger, crawlOptions.Value.StorageRetryBudget);
        _writes++;
        if (_previousReferences is { } replaced)
        {
            _previousReferences = null;
            await lists.DeleteAsync(ReferencesKey, replaced);
        }
    }
}

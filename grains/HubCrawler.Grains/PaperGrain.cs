using HubCrawler.Abstractions;
using HubCrawler.Grains.Citations;
using HubCrawler.Grains.Hubs;
using HubCrawler.Grains.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HubCrawler.Grains;

/// <summary>One paper. Reentrant, so lookups are answered while a refresh waits on the source;
/// every refresh goes through one shared task, so concurrent lookups of a missing paper cause
/// one fetch (single flight) and a stale hub is answered at once while it refreshes.</summary>
[Reentrant]
public sealed class PaperGrain(
    [PersistentState("paper", HubCrawlerStorage.Name)] IPersistentState<PaperState> state,
    PaperSources sources,
    ICitationStore citationStore,
    IOptions<CrawlOptions> crawlOptions,
    IOptions<CitationStoreOptions> citationOptions,
    TimeProvider time,
    ILogger<PaperGrain> logger) : Grain, IPaperGrain
{
    private PaperMetadata? _primed;
    // True once anyone read this paper's hub; a paper only a crawl touched is let go after its visit.
    private bool _read;
    private Task<Refresh>? _refresh;
    // A long list read back from the citation store, kept while the activation lives.
    private IReadOnlyList<CitationEdge>? _pagedCitations;

    private string PaperId => this.GetPrimaryKeyString();

    public async Task Visit(string jobId, int remainingDepth)
    {
        var refresh = IsFresh() ? Refresh.UpToDate : await RefreshOnce(revalidate: false);
        var report = new VisitReport
        {
            PaperId = PaperId,
            Depth = remainingDepth,
            Outcome = refresh.Outcome,
            Reason = refresh.Reason,
            Message = refresh.Message,
            CitingPaperIds = remainingDepth > 0 && refresh.Outcome != VisitOutcome.Failed ? await CitingPaperIds() : [],
            Requests = refresh.Requests,
            Downloads = refresh.Downloads,
        };
        await ReportWithRetry(jobId, report);
        // The hub is in storage: a crawl of 100,000 papers need not keep 100,000 activations in memory.
        if (!_read && _refresh is null or { IsCompleted: true }) DeactivateOnIdle();
    }

    public async Task<PaperLookup> GetHub(bool refresh = false)
    {
        _read = true;
        if (!refresh && Hub() is { } hub)
        {
            // Stale-while-revalidate: answer now, refresh in the background.
            if (!IsFresh()) _ = RefreshOnce(revalidate: false);
            return PaperLookup.Found(hub);
        }

        var result = await RefreshOnce(revalidate: refresh);
        return Hub() is { } fresh
            ? PaperLookup.Found(fresh)
            : PaperLookup.Failed(result.Reason == "not-found" ? LookupErrorKind.NotFound : LookupErrorKind.SourceFailed, result.Message ?? "The paper could not be fetched.");
    }

    public async Task<CitationPage> GetCitations(CitationQuery query)
    {
        _read = true;
        if (state.State.Summary is null) await RefreshOnce(revalidate: false);
        var total = state.State.CitationCount;
        IReadOnlyList<CitationEdge> items;
        if (query.IsPlain)
        {
            items = await ReadRange(query.Offset, query.Limit);
        }
        else
        {
            var selected = Order((await AllCitations()).Where(query.Matches), query.Sort).ToList();
            total = selected.Count;
            items = selected.Skip(query.Offset).Take(query.Limit).ToList();
        }
        var next = query.Offset + items.Count;
        return new CitationPage
        {
            PaperId = PaperId,
            Total = total,
            Offset = query.Offset,
            Limit = query.Limit,
            Items = items,
            NextOffset = items.Count > 0 && next < total ? next : null,
        };
    }

    public Task Prime(PaperMetadata metadata)
    {
        if (!IsFresh()) _primed = metadata;
        return Task.CompletedTask;
    }

    private Task<Refresh> RefreshOnce(bool revalidate)
    {
        if (_refresh is { IsCompleted: false } running) return running;
        _refresh = RefreshFromSources(revalidate);
        return _refresh;
    }

    private async Task<Refresh> RefreshFromSources(bool revalidate)
    {
        var primed = _primed;
        _primed = null;
        var known = PaperIdSet.Of(PaperId, state.State.Metadata?.ExternalIds);
        var outcome = await sources.FetchAsync(known, revalidate, primed);
        var (requests, downloads, stale) = (outcome.Requests, outcome.Downloads, outcome.Stale);
        if (outcome.Records.Count == 0)
        {
            var failures = outcome.Failures.Select(f => $"{f.Key}: {f.Value.Message}").ToList();
            if (failures.Count == 0)
                return await RecordFailure(SourceErrorKind.NotFound, "not-found", outcome.NotFound.Count switch
                {
                    0 => $"No enabled source can look up {PaperId}.",
                    1 => outcome.NotFound.Values.First(),
                    _ => string.Join("; ", outcome.NotFound.Select(n => $"{n.Key}: {n.Value}")),
                }, requests);
            var (error, reason, _) = outcome.Failures.Values.First();
            return await RecordFailure(error, reason, string.Join("; ", failures), requests);
        }

        var sourceErrors = outcome.Failures.ToDictionary(f => f.Key, f => $"{f.Value.Reason}: {f.Value.Message}");
        var builtFrom = outcome.Records.Select(r => r.Source).ToList();
        var outcomeKind = downloads > 0 ? VisitOutcome.Fetched : requests > 0 ? VisitOutcome.Revalidated : VisitOutcome.FromCache;
        if (downloads == 0 && !stale && state.State.Summary is not null && !state.State.BuiltFromStaleDocuments && builtFrom.SequenceEqual(state.State.Sources))
        {
            // Every source confirmed its documents unchanged: the hub is the same, only its age is new.
            await Confirm(sourceErrors);
            return new Refresh(outcomeKind, null, null, requests, downloads);
        }

        var metadata = SourceMerger.MergeMetadata(PaperId, outcome.Records.Select(r => (r.Source, r.Record)).ToList());
        var lists = outcome.Records.Where(r => r.Record.Citations is not null).Select(r => (r.Source, r.Record.Citations!)).ToList();
        var merged = lists.Count == 0 ? [] : SourceMerger.MergeCitations(lists);
        var citations = ContextClassification.Apply(merged.Where(c => c.CitingPaperId != PaperId));
        await Store(metadata, citations, stale, builtFrom, sourceErrors);
        if (sources.IsMultiSource) ClaimAliases(outcome.Ids);
        return new Refresh(outcomeKind, null, null, requests, downloads);
    }

    private void ClaimAliases(PaperIdSet ids)
    {
        foreach (var id in ids.All)
            if (!id.IsCanonical && id.SourceForm != PaperId)
                GrainFactory.GetGrain<IPaperAliasGrain>(id.AliasKey).Claim(PaperId).Ignore();
    }

    private async Task Store(PaperMetadata metadata, List<CitationEdge> citations, bool stale, List<string> builtFrom, Dictionary<string, string> sourceErrors)
    {
        var previousList = state.State.CitationList;
        var paged = citations.Count > citationOptions.Value.InlineLimit;
        var s = state.State;
        s.CitationList = paged ? await citationStore.WriteAsync(PaperId, citations, citationOptions.Value.PageSize) : null;
        s.Citations = paged ? [] : citations;
        s.CitationCount = citations.Count;
        s.Metadata = metadata;
        s.Summary = HubSummarizer.Summarize(citations);
        s.FetchedAt = time.GetUtcNow();
        s.LastAttemptAt = s.FetchedAt;
        s.LastError = stale ? "stale: a source failed; built from its cached documents" : null;
        s.BuiltFromStaleDocuments = stale;
        s.Sources = builtFrom;
        s.SourceErrors = sourceErrors;
        _pagedCitations = paged ? citations : null;
        await state.WriteWithRetry(logger, crawlOptions.Value.StorageRetryBudget);
        if (previousList is not null) await citationStore.DeleteAsync(PaperId, previousList);
    }

    private async Task Confirm(Dictionary<string, string> sourceErrors)
    {
        state.State.SourceErrors = sourceErrors;
        state.State.FetchedAt = time.GetUtcNow();
        state.State.LastAttemptAt = state.State.FetchedAt;
        state.State.LastError = null;
        await state.WriteWithRetry(logger, crawlOptions.Value.StorageRetryBudget);
    }

    private async Task<Refresh> RecordFailure(SourceErrorKind error, string reason, string message, int requests)
    {
        logger.LogWarning("Paper {PaperId}: {Reason}: {Message}", PaperId, reason, message);
        // An id the source does not know is not kept, so junk ids leave nothing behind.
        if (error == SourceErrorKind.NotFound && state.State.Summary is null)
        {
            DeactivateOnIdle();
            return new Refresh(VisitOutcome.Failed, reason, message, requests, 0);
        }

        state.State.LastError = $"{reason}: {message}";
        state.State.LastAttemptAt = time.GetUtcNow();
        await state.WriteWithRetry(logger, crawlOptions.Value.StorageRetryBudget);
        // A stale hub is still a hub: the crawl goes on from it and the failure stays on the paper.
        return state.State.Summary is not null
            ? new Refresh(VisitOutcome.FromCache, reason, message, requests, 0)
            : new Refresh(VisitOutcome.Failed, reason, message, requests, 0);
    }

    private bool IsFresh() =>
        state.State.FetchedAt is { } fetched && time.GetUtcNow() - fetched < crawlOptions.Value.Freshness;

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
            Stale = !IsFresh() || state.State.BuiltFromStaleDocuments,
            AgeSeconds = Math.Round((time.GetUtcNow() - fetchedAt).TotalSeconds, 3),
        }
        : null;

    private async Task<IReadOnlyList<CitationEdge>> ReadRange(int offset, int limit)
    {
        if (state.State.CitationList is not { } list) return state.State.Citations.Skip(offset).Take(limit).ToList();
        if (_pagedCitations is { } all) return all.Skip(offset).Take(limit).ToList();

        var items = new List<CitationEdge>(limit);
        for (var page = offset / list.PageSize; page < list.PageCount && items.Count < limit; page++)
        {
            var edges = await citationStore.ReadPageAsync(PaperId, list, page);
            var skip = page == offset / list.PageSize ? offset % list.PageSize : 0;
            items.AddRange(edges.Skip(skip).Take(limit - items.Count));
        }
        return items;
    }

    private async Task<IReadOnlyList<CitationEdge>> AllCitations()
    {
        if (state.State.CitationList is not { } list) return state.State.Citations;
        if (_pagedCitations is { } cached) return cached;
        var all = new List<CitationEdge>(list.Count);
        for (var page = 0; page < list.PageCount; page++) all.AddRange(await citationStore.ReadPageAsync(PaperId, list, page));
        _pagedCitations = all;
        return all;
    }

    private static IEnumerable<CitationEdge> Order(IEnumerable<CitationEdge> citations, CitationSort sort) => sort switch
    {
        CitationSort.Influence => citations.OrderByDescending(c => c.IsInfluential).ThenByDescending(c => c.CitationCount ?? -1),
        CitationSort.Citations => citations.OrderByDescending(c => c.CitationCount ?? -1),
        CitationSort.Year => citations.OrderByDescending(c => c.Year ?? int.MinValue),
        _ => citations,
    };

    private async Task<List<string>> CitingPaperIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var citation in await AllCitations())
            if (citation.CitingPaperId is { } id && id != PaperId) ids.Add(id);
        if (sources.SemanticScholar is null || ids.All(PaperIdentifier.IsSemanticScholarId)) return [.. ids];

        // A citing paper only another source listed may still be known to Semantic Scholar under its own
        // id; resolving it here keeps one paper from being crawled under two keys.
        var directory = GrainFactory.GetGrain<IPaperDirectoryGrain>(0);
        var resolved = await Task.WhenAll(ids.Select(async id =>
        {
            if (PaperIdentifier.IsSemanticScholarId(id)) return id;
            try
            {
                return (await directory.Resolve(id)).CanonicalId ?? id;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Paper {PaperId}: resolving citing paper {CitingId} failed; crawling it under that id", PaperId, id);
                return id;
            }
        }));
        return resolved.Where(id => id != PaperId).Distinct(StringComparer.Ordinal).ToList();
    }

    private async Task ReportWithRetry(string jobId, VisitReport report)
    {
        var job = GrainFactory.GetGrain<ICrawlJobGrain>(jobId);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await job.Report(report);
                return;
            }
            catch (Exception e) when (attempt < 5)
            {
                // The job's stall timer re-sends lost visits, so giving up after a few tries loses nothing.
                logger.LogWarning(e, "Paper {PaperId}: report to job {JobId} failed (attempt {Attempt})", PaperId, jobId, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    private sealed record Refresh(VisitOutcome Outcome, string? Reason, string? Message, int Requests, int Downloads)
    {
        public static readonly Refresh UpToDate = new(VisitOutcome.FromCache, null, null, 0, 0);
    }
}

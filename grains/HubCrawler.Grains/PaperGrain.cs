using HubCrawler.Abstractions;
using HubCrawler.Grains.Hubs;
using HubCrawler.Grains.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HubCrawler.Grains;

/// <summary>One paper. Non-reentrant on purpose: concurrent lookups of a paper being fetched
/// wait for that one fetch instead of starting their own (single flight).</summary>
public sealed class PaperGrain(
    [PersistentState("paper", HubCrawlerStorage.Name)] IPersistentState<PaperState> state,
    SemanticScholarSource semanticScholar,
    IOptions<CrawlOptions> options,
    TimeProvider time,
    ILogger<PaperGrain> logger) : Grain, IPaperGrain
{
    private PaperMetadata? _primed;

    private string PaperId => this.GetPrimaryKeyString();

    public async Task Visit(string jobId, int remainingDepth)
    {
        var refresh = await EnsureFresh(force: false);
        var report = new VisitReport
        {
            PaperId = PaperId,
            Depth = remainingDepth,
            Outcome = refresh.Outcome,
            Reason = refresh.Reason,
            Message = refresh.Message,
            CitingPaperIds = remainingDepth > 0 && refresh.Outcome != VisitOutcome.Failed ? CitingPaperIds() : [],
        };
        await ReportWithRetry(jobId, report);
    }

    public async Task<PaperLookup> GetHub(bool refresh = false)
    {
        var result = await EnsureFresh(refresh);
        return Hub() is { } hub
            ? PaperLookup.Found(hub)
            : PaperLookup.Failed(result.Reason == "not-found" ? LookupErrorKind.NotFound : LookupErrorKind.SourceFailed, result.Message ?? "The paper could not be fetched.");
    }

    public async Task<CitationPage> GetCitations(CitationQuery query)
    {
        if (state.State.Summary is null) await EnsureFresh(force: false);
        var all = state.State.Citations;
        IReadOnlyList<CitationEdge> selected = query.IsPlain ? all : Order(all.Where(query.Matches), query.Sort).ToList();
        var items = selected.Skip(query.Offset).Take(query.Limit).ToList();
        var next = query.Offset + items.Count;
        return new CitationPage
        {
            PaperId = PaperId,
            Total = selected.Count,
            Offset = query.Offset,
            Limit = query.Limit,
            Items = items,
            NextOffset = next < selected.Count ? next : null,
        };
    }

    private static IEnumerable<CitationEdge> Order(IEnumerable<CitationEdge> citations, CitationSort sort) => sort switch
    {
        CitationSort.Influence => citations.OrderByDescending(c => c.IsInfluential).ThenByDescending(c => c.CitationCount ?? -1),
        CitationSort.Citations => citations.OrderByDescending(c => c.CitationCount ?? -1),
        CitationSort.Year => citations.OrderByDescending(c => c.Year ?? int.MinValue),
        _ => citations,
    };

    public Task Prime(PaperMetadata metadata)
    {
        if (!IsFresh()) _primed = metadata;
        return Task.CompletedTask;
    }

    private async Task<Refresh> EnsureFresh(bool force)
    {
        if (!force && IsFresh()) return new Refresh(VisitOutcome.FromCache, null, null);

        var id = PaperIdentifier.Parse(PaperId);
        var metadata = _primed;
        _primed = null;
        if (metadata is null)
        {
            var paper = await semanticScholar.GetPaperAsync(id);
            if (!paper.IsSuccess) return await RecordFailure(paper.Error, paper.Reason, paper.Message!);
            metadata = paper.Value!;
        }

        var citations = await semanticScholar.GetCitationsAsync(PaperId);
        if (!citations.IsSuccess) return await RecordFailure(citations.Error, citations.Reason, citations.Message!);

        var edges = citations.Value!.Where(c => c.CitingPaperId != PaperId).ToList();
        state.State.Metadata = metadata with { PaperId = PaperId };
        state.State.Citations = edges;
        state.State.Summary = HubSummarizer.Summarize(edges);
        state.State.FetchedAt = time.GetUtcNow();
        state.State.LastAttemptAt = state.State.FetchedAt;
        state.State.LastError = null;
        state.State.Sources = [SemanticScholarSource.Name];
        await state.WriteStateAsync();
        return new Refresh(VisitOutcome.Fetched, null, null);
    }

    private async Task<Refresh> RecordFailure(SourceErrorKind error, string reason, string message)
    {
        logger.LogWarning("Paper {PaperId}: {Reason}: {Message}", PaperId, reason, message);
        // An id the source does not know is not kept, so junk ids leave nothing behind.
        if (error == SourceErrorKind.NotFound && state.State.Summary is null)
            return new Refresh(VisitOutcome.Failed, reason, message);

        state.State.LastError = $"{reason}: {message}";
        state.State.LastAttemptAt = time.GetUtcNow();
        await state.WriteStateAsync();
        // A stale hub is still a hub: the crawl goes on from it and the failure stays on the paper.
        return state.State.Summary is not null
            ? new Refresh(VisitOutcome.FromCache, reason, message)
            : new Refresh(VisitOutcome.Failed, reason, message);
    }

    private bool IsFresh() =>
        state.State.FetchedAt is { } fetched && time.GetUtcNow() - fetched < options.Value.Freshness;

    private PaperHub? Hub() => state.State is { Metadata: { } metadata, Summary: { } summary, FetchedAt: { } fetchedAt }
        ? new PaperHub
        {
            PaperId = PaperId,
            Metadata = metadata,
            Summary = summary,
            FetchedAt = fetchedAt,
            Sources = state.State.Sources,
            LastError = state.State.LastError,
            CitationsStored = state.State.Citations.Count,
        }
        : null;

    private List<string> CitingPaperIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var citation in state.State.Citations)
            if (citation.CitingPaperId is { } id && id != PaperId) ids.Add(id);
        return [.. ids];
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

    private sealed record Refresh(VisitOutcome Outcome, string? Reason, string? Message);
}

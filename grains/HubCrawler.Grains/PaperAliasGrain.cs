using HubCrawler.Abstractions;
using HubCrawler.Grains.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HubCrawler.Grains;

/// <summary>One alias (arXiv id, DOI, CorpusId, PMID) of a paper. The first resolution asks the
/// source and hands the metadata it got to the paper, so the paper does not fetch it again.</summary>
public sealed class PaperAliasGrain(
    [PersistentState("alias", HubCrawlerStorage.Name)] IPersistentState<AliasState> state,
    SemanticScholarSource semanticScholar,
    IOptions<CrawlOptions> options,
    TimeProvider time,
    ILogger<PaperAliasGrain> logger) : Grain, IPaperAliasGrain
{
    public async Task<AliasResolution> Resolve()
    {
        if (state.State.CanonicalId is { } known) return new AliasResolution { CanonicalId = known };

        if (!PaperIdentifier.TryParse(this.GetPrimaryKeyString(), out var id, out var error) || id.IsCanonical)
            return new AliasResolution { Error = LookupErrorKind.InvalidInput, Message = error ?? "Not an alias." };

        var paper = await semanticScholar.GetPaperAsync(id);
        if (!paper.IsSuccess)
        {
            // Nothing is stored for an id the source does not know, so junk ids leave nothing behind.
            DeactivateOnIdle();
            return new AliasResolution
            {
                Error = paper.Error == SourceErrorKind.NotFound ? LookupErrorKind.NotFound : LookupErrorKind.SourceFailed,
                Message = paper.Message,
            };
        }

        var canonical = paper.Value!.PaperId.ToLowerInvariant();
        state.State.CanonicalId = canonical;
        state.State.ResolvedAt = time.GetUtcNow();
        await state.WriteWithRetry(logger, options.Value.StorageRetryBudget);
        await GrainFactory.GetGrain<IPaperGrain>(canonical).Prime(paper.Value with { PaperId = canonical });
        return new AliasResolution { CanonicalId = canonical };
    }
}

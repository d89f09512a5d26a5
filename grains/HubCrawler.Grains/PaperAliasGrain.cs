namespace HubCrawler.Grains;

/// <summary>One alias (arXiv id, DOI, CorpusId, PMID, OpenAlex id) of a paper. The first resolution asks
/// the sources; a paper grain that learns the id from a source claims it without any request. When
/// Semantic Scholar identified the paper, its metadata is handed to the paper so it is not fetched twice.</summary>
[GrainType("paperalias")]
public sealed class PaperAliasGrain(
    [PersistentState("alias", HubCrawlerStorage.Name)] IPersistentState<AliasState> state,
    PaperSources sources,
    IOptions<CrawlOptions> options,
    TimeProvider time,
    ILogger<PaperAliasGrain> logger) : Grain, IPaperAliasGrain
{
    public async Task<AliasResolution> Resolve()
    {
        if (state.State.CanonicalId is { } known) return new AliasResolution { CanonicalId = known, Ids = state.State.Ids };

        if (!PaperIdentifier.TryParse(this.GetPrimaryKeyString(), out var id, out var error) || id.IsCanonical)
            return new AliasResolution { Error = LookupErrorKind.InvalidInput, Message = error ?? "Not an alias." };

        var found = await sources.IdentifyAsync(id);
        if (found.Key is not { } key)
        {
            // Nothing is stored for an id no source knows, so junk ids leave nothing behind.
            DeactivateOnIdle();
            return new AliasResolution
            {
                Error = found.Error switch
                {
                    SourceErrorKind.NotFound => LookupErrorKind.NotFound,
                    SourceErrorKind.Rejected => LookupErrorKind.InvalidInput,
                    _ => LookupErrorKind.SourceFailed,
                },
                Message = found.Message,
            };
        }

        var ids = found.Ids.External();
        if (found.Provisional)
        {
            // Semantic Scholar could not answer: the paper is served under another source's key for now, and
            // asked again next time, so that once it answers the paper gets the key crawls will reach it by.
            logger.AliasProvisional(this.GetPrimaryKeyString(), key);
            DeactivateOnIdle();
        }
        else
        {
            state.State.Ids = ids;
            await Remember(key);
        }
        if (found.Source == SemanticScholarSource.Name && key != this.GetPrimaryKeyString())
            await GrainFactory.GetGrain<IPaperGrain>(key).Prime(new PaperPrime { Ids = ids, Metadata = found.Record!.Metadata with { PaperId = key } });
        return new AliasResolution { CanonicalId = key, Ids = ids };
    }

    public async Task Claim(string paperId)
    {
        if (state.State.CanonicalId is null) await Remember(paperId);
        // Claims come by the hundred thousand in a crawl; the alias is in storage for the rare lookup.
        DeactivateOnIdle();
    }

    private async Task Remember(string key)
    {
        state.State.CanonicalId = key;
        state.State.ResolvedAt = time.GetUtcNow();
        await state.WriteWithRetry(logger, options.Value.StorageRetryBudget);
    }
}

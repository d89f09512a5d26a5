namespace HubCrawler.Grains.Search;

/// <summary>Searches by title or words. Each enabled source that searches is asked once, side by side, through the
/// silo's fetch pipeline and document cache; the title match endpoint is not asked, since a relevance search that
/// holds the paper with the query's title already names it, in the same one request. No hub is built here.</summary>
[StatelessWorker]
[GrainType("search")]
public sealed class SearchGrain(PaperSources sources, IOptions<SearchOptions> options) : Grain, ISearchGrain
{
    public async Task<SearchAnswer> Search(string query, int limit = SearchInput.DefaultLimit)
    {
        if (limit is < 1 or > SearchInput.MaxLimit) return SearchAnswer.Invalid($"limit must be between 1 and {SearchInput.MaxLimit}; it was {limit}.");
        var classified = SearchInput.Classify(query);
        if (classified.Error is { } error) return SearchAnswer.Invalid(error);
        if (classified.Id is { } id)
            return new SearchAnswer { Query = id.SourceForm, IsId = true, ExactMatch = new SearchHit { HubId = id.SourceForm, Ids = new Dictionary<string, string> { [id.ExternalIdKey] = id.Value } } };

        var text = classified.Text!;
        var searchers = sources.All.OfType<IPaperSearchSource>().ToList();
        if (searchers.Count == 0)
            return new SearchAnswer { Query = text, Error = SearchErrorKind.SourceFailed, Message = "No enabled source searches by title or words (enable semanticscholar or openalex in Sources:Enabled)." };

        var ttl = options.Value.CacheTimeToLive;
        var results = await Task.WhenAll(searchers.Select(s => s.SearchAsync(text, limit, ttl)));
        var answered = new List<(string, IReadOnlyList<SearchFound>)>();
        var failed = new Dictionary<string, string>();
        for (var i = 0; i < searchers.Count; i++)
        {
            if (results[i].IsSuccess) answered.Add((searchers[i].Name, results[i].Value!));
            else failed[searchers[i].Name] = results[i].Message!;
        }
        var asked = searchers.Select(s => s.Name).ToList();
        var requests = results.Sum(r => r.Requests);
        if (answered.Count == 0)
            return new SearchAnswer
            {
                Query = text, Sources = asked, FailedSources = failed, Requests = requests, Error = SearchErrorKind.SourceFailed,
                Message = "The search failed at " + string.Join("; ", failed.Select(f => $"{f.Key}: {f.Value}")),
                RetryAt = results.All(r => r.Wait is not null) ? results.Max(r => r.Wait!.Until) : null,
            };

        var (hits, exact) = SearchMerger.Merge(text, answered, limit);
        return new SearchAnswer { Query = text, Results = hits, ExactMatch = exact, Sources = asked, FailedSources = failed, Requests = requests };
    }
}

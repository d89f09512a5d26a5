using Microsoft.Extensions.DependencyInjection;

namespace HubCrawler.Sources;

/// <summary>The sources this deployment is configured to use (checked at startup, see <see cref="EnabledSources"/>), in the order <c>Sources:Enabled</c> lists them, and the one way
/// a paper is fetched from all of them: every source that can name the paper is asked at once; ids one
/// source gives (a DOI, an arXiv or OpenAlex id) let the others that needed them be asked in a second
/// round. A source that fails does not stop the others.</summary>
public sealed class PaperSources
{
    private const int MaxRounds = 3;

    public PaperSources(IServiceProvider services, EnabledSources enabled)
    {
        All = enabled.Definitions.Select(d => services.GetRequiredKeyedService<IPaperSource>(d.Name)).ToList();
        SemanticScholar = All.OfType<SemanticScholarSource>().FirstOrDefault();
        _order = All.Select((source, i) => (source.Name, i)).ToDictionary(p => p.Name, p => p.i);
    }

    private readonly Dictionary<string, int> _order;

    public IReadOnlyList<IPaperSource> All { get; }

    /// <summary>The Semantic Scholar source when enabled: the only one whose ids are grain keys as they are.</summary>
    public SemanticScholarSource? SemanticScholar { get; }

    public bool IsMultiSource => All.Count > 1;

    /// <summary>Asks every source that can name the paper. <paramref name="fetch"/> goes to Semantic Scholar as it is (primed
    /// metadata, the citation count hint, the stored page validators are all its); the others get its revalidate and urgent flags.</summary>
    public async Task<SourceOutcome> FetchAsync(PaperIdSet known, SourceFetch fetch, CancellationToken cancellationToken = default)
    {
        var others = new SourceFetch(fetch.Revalidate) { Urgent = fetch.Urgent };
        var outcome = new SourceOutcome();
        outcome.Ids.AddAll(known);
        var asked = new HashSet<IPaperSource>();
        for (var round = 0; round < MaxRounds; round++)
        {
            var batch = All.Where(s => !asked.Contains(s)).Select(s => (Source: s, Id: s.LookupId(outcome.Ids))).Where(p => p.Id is not null).ToList();
            if (batch.Count == 0) break;
            foreach (var (source, _) in batch) asked.Add(source);
            var results = await Task.WhenAll(batch.Select(p => p.Source.FetchAsync(p.Id!,
                p.Source is SemanticScholarSource ? fetch : others, cancellationToken)));
            for (var i = 0; i < batch.Count; i++)
            {
                var (source, result) = (batch[i].Source, results[i]);
                outcome.Requests += result.Requests;
                foreach (var (kind, requests) in result.RequestsByKind)
                    outcome.RequestsByKind[kind] = outcome.RequestsByKind.GetValueOrDefault(kind) + requests;
                if (result.IsSuccess)
                {
                    outcome.Records.Add((source.Name, result.Value!));
                    outcome.Ids.AddAll(result.Value!.Ids);
                    outcome.Downloads += result.Downloads;
                    outcome.Stale |= result.Stale;
                    outcome.Shared |= result.Shared;
                }
                else if (result.Error == SourceErrorKind.NotFound) outcome.NotFound[source.Name] = result.Message!;
                else if (result.Error == SourceErrorKind.Throttled)
                {
                    if (outcome.Throttled is null || result.Wait!.Until > outcome.Throttled.Until) outcome.Throttled = result.Wait;
                }
                else outcome.Failures[source.Name] = (result.Error, result.Reason, result.Message!);
            }
        }
        outcome.Records.Sort((a, b) => _order[a.Source].CompareTo(_order[b.Source]));
        return outcome;
    }

    /// <summary>Who the paper named <paramref name="id"/> is: the first source (in configured order) that can
    /// look the id up and knows it. Its key is <see cref="PaperIdSet.Key"/> over every id that source gave.</summary>
    public async Task<Identification> IdentifyAsync(PaperIdentifier id, CancellationToken cancellationToken = default)
    {
        var ids = new PaperIdSet(id);
        var failures = new List<string>();
        var unavailable = false;
        var triedSemanticScholar = false;
        // Semantic Scholar failed (not "not found"): a key from another source stands in until it answers.
        var semanticScholarFailed = false;
        foreach (var source in All)
        {
            if (source.LookupId(ids) is not { } lookup) continue;
            var result = await source.IdentifyAsync(lookup, cancellationToken);
            if (result.IsSuccess)
            {
                ids.AddAll(result.Value!.Ids);
                // Another source's ids (a DOI from OpenAlex) may let Semantic Scholar, whose ids key grains, name the paper.
                if (source != SemanticScholar && SemanticScholar?.LookupId(ids) is { } s2Lookup && !triedSemanticScholar)
                {
                    var s2 = await SemanticScholar.IdentifyAsync(s2Lookup, cancellationToken);
                    if (s2.IsSuccess)
                    {
                        ids.AddAll(s2.Value!.Ids);
                        return new Identification(ids.Key, SemanticScholarSource.Name, s2.Value, SourceErrorKind.None, null) { Ids = ids };
                    }
                    semanticScholarFailed |= s2.Error != SourceErrorKind.NotFound;
                }
                return new Identification(ids.Key, source.Name, result.Value, SourceErrorKind.None, null) { Ids = ids, Provisional = semanticScholarFailed };
            }
            triedSemanticScholar |= source == SemanticScholar;
            semanticScholarFailed |= source == SemanticScholar && result.Error != SourceErrorKind.NotFound;
            unavailable |= result.Error != SourceErrorKind.NotFound;
            failures.Add($"{source.Name}: {result.Message}");
        }
        if (failures.Count == 0) return new Identification(null, null, null, SourceErrorKind.Rejected, $"No enabled source can look up {id}.");
        return new Identification(null, null, null, unavailable ? SourceErrorKind.Unavailable : SourceErrorKind.NotFound, string.Join("; ", failures));
    }

}

namespace HubCrawler.Sources;

/// <summary>Adds up the requests of one fetch, in total and by kind ("{source}/{kind}", see
/// <see cref="Abstractions.SourceRequestKinds"/>). Not thread-safe: one fetch, one tally.</summary>
public sealed class RequestTally
{
    private readonly Dictionary<string, int> _byKind = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    /// <summary>Counts <paramref name="requests"/> requests of one kind of one source.</summary>
    public void Add(string source, string kind, int requests) => AddKey(Abstractions.SourceRequestKinds.Key(source, kind), requests);

    /// <summary>Counts what another result counted.</summary>
    public void Add<T>(SourceResult<T> result) where T : class
    {
        var counted = 0;
        foreach (var (key, requests) in result.RequestsByKind)
        {
            AddKey(key, requests);
            counted += requests;
        }
        // A result that did not say what kind its requests were still counts in the total.
        Total += Math.Max(0, result.Requests - counted);
    }

    /// <summary>A copy of the counts by kind.</summary>
    public IReadOnlyDictionary<string, int> ByKind() => new Dictionary<string, int>(_byKind, StringComparer.Ordinal);

    private void AddKey(string key, int requests)
    {
        if (requests <= 0) return;
        _byKind[key] = _byKind.GetValueOrDefault(key) + requests;
        Total += requests;
    }
}

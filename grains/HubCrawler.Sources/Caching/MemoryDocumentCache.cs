namespace HubCrawler.Sources.Caching;

/// <summary>A per-silo document cache in memory, bounded in bytes (least recently used first out)
/// and in age. For tests and throwaway runs; the Azure Blob cache is the real one.</summary>
public sealed class MemoryDocumentCache(IOptions<CacheOptions> options, TimeProvider time) : IDocumentCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, CachedDocument Document)>> _entries = [];
    private readonly LinkedList<(string Key, CachedDocument Document)> _recency = new();
    private long _bytes;

    public long Bytes { get { lock (_lock) return _bytes; } }

    public Task<CachedDocument?> GetAsync(string source, Uri url, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(CacheKey.For(source, url), out var node)) return Task.FromResult<CachedDocument?>(null);
            if (time.GetUtcNow() - node.Value.Document.ValidatedAt > options.Value.MaxAge)
            {
                Remove(node);
                return Task.FromResult<CachedDocument?>(null);
            }
            _recency.Remove(node);
            _recency.AddFirst(node);
            return Task.FromResult<CachedDocument?>(node.Value.Document);
        }
    }

    public Task PutAsync(string source, CachedDocument document, CancellationToken cancellationToken = default)
    {
        var key = CacheKey.For(source, document.Url);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var old)) Remove(old);
            var node = _recency.AddFirst((key, document));
            _entries[key] = node;
            _bytes += document.Body.Length;
            while (_bytes > options.Value.MaxBytes && _recency.Last is { } last && last != node) Remove(last);
        }
        return Task.CompletedTask;
    }

    public Task TouchAsync(string source, CachedDocument document, CancellationToken cancellationToken = default) =>
        PutAsync(source, document, cancellationToken);

    public Task<int> EvictAsync(CancellationToken cancellationToken = default)
    {
        var evicted = 0;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            for (var node = _recency.Last; node is not null;)
            {
                var previous = node.Previous;
                if (now - node.Value.Document.ValidatedAt > options.Value.MaxAge)
                {
                    Remove(node);
                    evicted++;
                }
                node = previous;
            }
        }
        return Task.FromResult(evicted);
    }

    private void Remove(LinkedListNode<(string Key, CachedDocument Document)> node)
    {
        _recency.Remove(node);
        _entries.Remove(node.Value.Key);
        _bytes -= node.Value.Document.Body.Length;
    }
}

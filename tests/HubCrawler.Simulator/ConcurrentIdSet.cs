using System.Collections;
using System.Collections.Concurrent;

namespace HubCrawler.Simulator;

/// <summary>A thread-safe set of ids compared case-insensitively.</summary>
public sealed class ConcurrentIdSet : IReadOnlyCollection<string>
{
    private readonly ConcurrentDictionary<string, byte> _ids = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Number of ids in the set.</summary>
    public int Count => _ids.Count;

    /// <summary>Adds an id; returns false when it was already present.</summary>
    public bool Add(string id) => _ids.TryAdd(id, 0);

    /// <summary>Removes an id; returns false when it was absent.</summary>
    public bool Remove(string id) => _ids.TryRemove(id, out _);

    /// <summary>Whether the id is in the set.</summary>
    public bool Contains(string id) => _ids.ContainsKey(id);

    /// <summary>Removes every id.</summary>
    public void Clear() => _ids.Clear();

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => _ids.Keys.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

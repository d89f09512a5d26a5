using System.Collections.Concurrent;

namespace HubCrawler.Grains.Citations;

/// <summary>The citation store in the silo's memory, for tests and memory-only runs.</summary>
public sealed class MemoryCitationStore : ICitationStore
{
    private readonly ConcurrentDictionary<string, BinaryData> _pages = new();
    private int _listsWritten;

    /// <summary>Pages held, for tests.</summary>
    public int PageCount => _pages.Count;

    /// <summary>Lists written since the start, for tests (a hub rebuilt with a long list writes one).</summary>
    public int ListsWritten => Volatile.Read(ref _listsWritten);

    public Task<CitationListRef> WriteAsync(string paperId, IReadOnlyList<CitationEdge> citations, int pageSize)
    {
        Interlocked.Increment(ref _listsWritten);
        var list = new CitationListRef(Guid.NewGuid().ToString("N"), citations.Count, pageSize);
        for (var page = 0; page < list.PageCount; page++)
            _pages[Key(paperId, list, page)] = CitationPageJson.Write(citations.Skip(page * pageSize).Take(pageSize).ToList());
        return Task.FromResult(list);
    }

    public Task<IReadOnlyList<CitationEdge>> ReadPageAsync(string paperId, CitationListRef list, int page) =>
        Task.FromResult(_pages.TryGetValue(Key(paperId, list, page), out var data)
            ? CitationPageJson.Read(data)
            : throw new InvalidOperationException($"citation page {page} of {paperId} version {list.Version} is missing"));

    public Task DeleteAsync(string paperId, CitationListRef list)
    {
        for (var page = 0; page < list.PageCount; page++) _pages.TryRemove(Key(paperId, list, page), out _);
        return Task.CompletedTask;
    }

    private static string Key(string paperId, CitationListRef list, int page) => $"{paperId}/{list.Version}/{page:D5}";
}

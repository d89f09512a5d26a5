using System.Collections.Concurrent;

namespace HubCrawler.Simulator;

/// <summary>Which papers changed since the graph was built, so a test can change a paper between
/// two crawls. A revised paper gets a new title, new validators and new citation pages. A paper's newest citations
/// can be held back and released later (<see cref="Withhold"/>, <see cref="Release"/>), so its list grows over time
/// as a watched paper's does (the Graph API's citations pages and citation counts honour it).</summary>
public sealed class PaperRevisions
{
    private static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ConcurrentDictionary<int, int> _revisions = new();
    private readonly ConcurrentDictionary<int, int> _withheld = new();

    /// <summary>The paper's revision: 0 until <see cref="Revise"/> is called for it.</summary>
    public int Of(int index) => _revisions.GetValueOrDefault(index);

    /// <summary>Changes the paper; returns its new revision.</summary>
    public int Revise(int index) => _revisions.AddOrUpdate(index, 1, (_, revision) => revision + 1);

    /// <summary>Holds back the last <paramref name="count"/> records of the paper's citation list (its newest citers) until
    /// <see cref="Release"/>d. Call it before the paper is first read.</summary>
    public void Withhold(int index, int count) => _withheld[index] = Math.Max(0, count);

    /// <summary>How many of the paper's citation records are held back.</summary>
    public int Withheld(int index) => _withheld.GetValueOrDefault(index);

    /// <summary>Serves <paramref name="count"/> more of the held-back citations: the list grows and the paper is revised
    /// (new validators), as a source's record changes when a new paper cites it. Returns how many are still held back.</summary>
    public int Release(int index, int count)
    {
        var left = _withheld.AddOrUpdate(index, 0, (_, held) => Math.Max(0, held - count));
        Revise(index);
        return left;
    }

    /// <summary>The paper's citation records as served: the graph's, less the held-back tail.</summary>
    public IReadOnlyList<SimCitation> Served(int index, IReadOnlyList<SimCitation> records) =>
        Withheld(index) is var held and > 0 ? records.Take(Math.Max(0, records.Count - held)).ToArray() : records;

    /// <summary>The paper as served at its current revision.</summary>
    public SimPaper Apply(SimPaper paper)
    {
        var served = Of(paper.Index) is var revision and > 0
            ? paper with { Title = $"{paper.Title} (revision {revision})" }
            : paper;
        return Withheld(paper.Index) is var held and > 0
            ? served with { CitationCount = Math.Max(0, served.CitationCount - held) }
            : served;
    }

    /// <summary>When the paper last changed, as Last-Modified says it.</summary>
    public DateTimeOffset LastModified(int index) => Epoch.AddDays(Of(index));
}

using System.Collections.Concurrent;

namespace HubCrawler.Simulator;

/// <summary>Which papers changed since the graph was built, so a test can change a paper between
/// two crawls. A revised paper gets a new title, new validators and new citation pages.</summary>
public sealed class PaperRevisions
{
    private static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ConcurrentDictionary<int, int> _revisions = new();

    /// <summary>The paper's revision: 0 until <see cref="Revise"/> is called for it.</summary>
    public int Of(int index) => _revisions.GetValueOrDefault(index);

    /// <summary>Changes the paper; returns its new revision.</summary>
    public int Revise(int index) => _revisions.AddOrUpdate(index, 1, (_, revision) => revision + 1);

    /// <summary>The paper as served at its current revision.</summary>
    public SimPaper Apply(SimPaper paper) => Of(paper.Index) is var revision and > 0
        ? paper with { Title = $"{paper.Title} (revision {revision})" }
        : paper;

    /// <summary>When the paper last changed, as Last-Modified says it.</summary>
    public DateTimeOffset LastModified(int index) => Epoch.AddDays(Of(index));
}

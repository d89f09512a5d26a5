namespace HubCrawler.Grains.Watching;

/// <summary>A feed's events within its cap: new ones appended with increasing sequence numbers, the oldest dropped and counted.</summary>
public static class FeedEvents
{
    /// <summary>Appends <paramref name="added"/> (numbering them after <paramref name="lastSequence"/>) and drops the oldest
    /// beyond <paramref name="cap"/>; returns the new events and how many were dropped.</summary>
    public static (List<CitationEvent> Added, int Dropped) Append(List<CitationEvent> events, IEnumerable<CitationEvent> added, long lastSequence, int cap)
    {
        var numbered = added.Select((e, i) => e with { Sequence = lastSequence + 1 + i }).ToList();
        events.AddRange(numbered);
        var dropped = Math.Max(0, events.Count - Math.Max(1, cap));
        if (dropped > 0) events.RemoveRange(0, dropped);
        return (numbered, dropped);
    }
}

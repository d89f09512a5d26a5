namespace HubCrawler.Sources;

/// <summary>What each source asked for one paper answered, and what it cost in all.</summary>
public sealed class SourceOutcome
{
    /// <summary>Successful answers, in the order the sources are configured.</summary>
    public List<(string Source, SourceRecord Record)> Records { get; } = [];
    /// <summary>Sources that failed (not-found excluded), with the reason and message.</summary>
    public Dictionary<string, (SourceErrorKind Error, string Reason, string Message)> Failures { get; } = [];
    /// <summary>Sources that do not know the paper, with what they said.</summary>
    public Dictionary<string, string> NotFound { get; } = [];
    public PaperIdSet Ids { get; } = new();
    public int Requests { get; set; }
    /// <summary><see cref="Requests"/> by kind, keyed "{source}/{kind}" (<see cref="Abstractions.SourceRequestKinds"/>).</summary>
    public Dictionary<string, int> RequestsByKind { get; } = new(StringComparer.Ordinal);
    public int Downloads { get; set; }
    public bool Stale { get; set; }
    /// <summary>True when a successful answer came in a request shared with other papers and counted by another
    /// (a batch): the source was asked and sent a body though this paper counts no request for it.</summary>
    public bool Shared { get; set; }
    /// <summary>Set when a source's host asked to wait: the paper waits for it rather than being built without that source.</summary>
    public HostWait? Throttled { get; set; }
}

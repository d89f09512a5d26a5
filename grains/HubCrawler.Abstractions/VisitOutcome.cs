namespace HubCrawler.Abstractions;

/// <summary>What a paper visit did.</summary>
public enum VisitOutcome
{
    /// <summary>The paper's documents were fetched from the source.</summary>
    Fetched,
    /// <summary>The paper already had a fresh hub, or its documents were fresh in the document cache; no body was downloaded.</summary>
    FromCache,
    /// <summary>The hub was rebuilt after the source confirmed (304) that its documents had not changed.</summary>
    Revalidated,
    /// <summary>The source failed or had no such paper.</summary>
    Failed,
    /// <summary>A source host asked to wait (429/503, a spent budget): the paper goes back to its frontier partition to wait; not a failure.</summary>
    Throttled,
}

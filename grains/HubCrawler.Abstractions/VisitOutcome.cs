namespace HubCrawler.Abstractions;

/// <summary>What a paper visit did.</summary>
public enum VisitOutcome
{
    /// <summary>The paper's documents were fetched from the source.</summary>
    Fetched,
    /// <summary>The paper already had a fresh hub; nothing was fetched.</summary>
    FromCache,
    /// <summary>The source failed or had no such paper.</summary>
    Failed,
}

namespace HubCrawler.Abstractions;

/// <summary>How a citing paper speaks of the cited paper.</summary>
public enum CitationPolarity
{
    /// <summary>No context to judge from, or no measured classifier for it.</summary>
    Unclassified = 0,
    /// <summary>Agrees with or builds on the cited paper.</summary>
    Supporting = 1,
    /// <summary>Mentions it without judgement.</summary>
    Neutral = 2,
    /// <summary>Disagrees with it or reports contrary results.</summary>
    Contrasting = 3,
}

namespace HubCrawler.Simulator;

/// <summary>Which served APIs a sustained throttle window (<see cref="SimulatorFaults.ThrottleFor"/>) applies to.</summary>
/// <remarks>arXiv abs pages and hub pages are never throttled by a window.</remarks>
[Flags]
public enum ThrottleScope
{
    /// <summary>No API; not accepted by the throttle knobs.</summary>
    None = 0,

    /// <summary>Every Semantic Scholar Graph API request (paper, citations, batch): the default.</summary>
    SemanticScholar = 1,

    /// <summary>Every OpenAlex request (work and list).</summary>
    OpenAlex = 2,

    /// <summary>Semantic Scholar and OpenAlex.</summary>
    All = SemanticScholar | OpenAlex,
}

namespace HubCrawler.Simulator;

/// <summary>One citation record of a cited paper: who cites it, and how.</summary>
/// <param name="CitingIndex">Index of the citing paper, or null when the citer is not a paper of the graph.</param>
/// <param name="CitingTitle">Title of the citing work.</param>
/// <param name="Intents">Subset of "background", "methodology" and "result"; shared instances, do not mutate.</param>
/// <param name="Contexts">Zero to three sentences of the citing work around the citation; shared instances, do not mutate.</param>
/// <param name="IsInfluential">Whether the citation is marked influential.</param>
public readonly record struct SimCitation(
    int? CitingIndex,
    string CitingTitle,
    string[] Intents,
    string[] Contexts,
    bool IsInfluential);

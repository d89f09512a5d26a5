namespace HubCrawler.Simulator;

/// <summary>One reference of a citing paper: which paper it cites, and how. A resolved reference is the citation
/// record of the cited paper read from the other end, so its intents, contexts and influence are that record's.</summary>
/// <param name="CitedIndex">Index of the cited paper, or null when the cited work is not a paper of the graph.</param>
/// <param name="CitedTitle">Title of the cited work.</param>
/// <param name="Intents">Subset of "background", "methodology" and "result"; shared instances, do not mutate.</param>
/// <param name="Contexts">Zero to three sentences of the citing paper around the reference; shared instances, do not mutate.</param>
/// <param name="IsInfluential">Whether the citation is marked influential.</param>
public readonly record struct SimReference(
    int? CitedIndex,
    string CitedTitle,
    string[] Intents,
    string[] Contexts,
    bool IsInfluential);

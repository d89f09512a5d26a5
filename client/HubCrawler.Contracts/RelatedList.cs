namespace HubCrawler.Contracts;

/// <summary>One kind of related papers (co-citation or coupling), and how much of what it needs was read.</summary>
/// <param name="Status"><c>complete</c> (every list needed was held), <c>partial</c> (some were not read: counts may be short),
/// or <c>unknown</c> (the paper's own list was not read, so nothing can be said; not the same as none).</param>
/// <param name="Neighbours">The citing papers (co-citation) or references (coupling) the paper's own list holds.</param>
/// <param name="ListsRead">Of those, how many had their own list held (their references, or their citations).</param>
/// <param name="ListsNotRead">How many had not: their share of the evidence is missing.</param>
/// <param name="NotRead">The first of those, by id.</param>
/// <param name="Note">What was read and what was not, in words.</param>
/// <param name="Total">Related papers found in all.</param>
/// <param name="Items">The most related first (then by id), at most the limit asked for.</param>
public sealed record RelatedList(
    string Status, int Neighbours, int ListsRead, int ListsNotRead, IReadOnlyList<string> NotRead, string Note, int Total, IReadOnlyList<RelatedPaper> Items);

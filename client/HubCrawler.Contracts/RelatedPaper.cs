namespace HubCrawler.Contracts;

/// <summary>One related paper with its evidence.</summary>
/// <param name="Count">Citing papers that cite both (co-citation) or references both cite (coupling).</param>
/// <param name="Evidence">The count in words: "cited together 14 times", "shares 5 references".</param>
/// <param name="Held">True when HubCrawler holds a hub for the paper.</param>
public sealed record RelatedPaper(string PaperId, string? Title, int? Year, int Count, string Evidence, bool Held);

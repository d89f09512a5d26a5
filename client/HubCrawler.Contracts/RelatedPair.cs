namespace HubCrawler.Contracts;

/// <summary>Two papers of a crawl related through the crawl's other papers, with the evidence in words.</summary>
/// <param name="Count">Papers of the crawl citing both (co-citation) or references within the crawl both cite (coupling).</param>
public sealed record RelatedPair(string First, string? FirstTitle, string Second, string? SecondTitle, int Count, string Evidence);

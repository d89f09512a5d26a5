using HubCrawler.Abstractions;

namespace HubCrawler.Contracts;

/// <summary>Recent crawls, newest first, each with its current status.</summary>
/// <param name="Items">The crawls' statuses.</param>
public sealed record CrawlList(IReadOnlyList<CrawlStatus> Items);

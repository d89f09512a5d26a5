namespace HubCrawler.Cli.Api;

/// <summary>One related paper and its evidence ("cited together 14 times", "shares 5 references").</summary>
internal sealed record RelatedItem(string PaperId, string? Title, int? Year, int Count, string Evidence, bool Held);

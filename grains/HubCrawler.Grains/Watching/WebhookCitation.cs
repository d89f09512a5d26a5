namespace HubCrawler.Grains.Watching;

/// <summary>One new citing paper in a webhook body; <see cref="Id"/> is the Atom entry id, <see cref="Hub"/> the hub's path.</summary>
public sealed record WebhookCitation(string Id, string CitingPaperId, string? Title, int? Year, string? Venue, CitationRole Role, DateTimeOffset DetectedAt, string Hub);

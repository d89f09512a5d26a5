namespace HubCrawler.Simulator;

/// <summary>An author of a <see cref="SimPaper"/>.</summary>
/// <param name="AuthorId">Semantic Scholar author id (decimal digits).</param>
/// <param name="Name">Display name.</param>
public sealed record SimAuthor(string AuthorId, string Name);

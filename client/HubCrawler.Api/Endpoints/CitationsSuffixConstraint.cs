namespace HubCrawler.Api.Endpoints;

/// <summary>Route constraint "citations": a catch-all paper id that ends in "/citations", so the
/// explorer is its own endpoint (DOIs contain slashes, so the id must be a catch-all).</summary>
internal sealed class CitationsSuffixConstraint() : PathSuffixConstraint(Suffix)
{
    public const string Name = "citations";
    public const string Suffix = "/citations";
}

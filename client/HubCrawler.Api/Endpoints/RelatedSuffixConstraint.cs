namespace HubCrawler.Api.Endpoints;

/// <summary>Route constraint "related": a catch-all paper id that ends in "/related" (related papers).</summary>
internal sealed class RelatedSuffixConstraint() : PathSuffixConstraint(Suffix)
{
    public const string Name = "related";
    public const string Suffix = "/related";
}

namespace HubCrawler.Api.Endpoints;

/// <summary>Route constraint "references": a catch-all paper id that ends in "/references" (the references explorer).</summary>
internal sealed class ReferencesSuffixConstraint() : PathSuffixConstraint(Suffix)
{
    public const string Name = "references";
    public const string Suffix = "/references";
}

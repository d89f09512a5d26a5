namespace HubCrawler.Api.Endpoints;

/// <summary>Route constraint "export": a catch-all paper id that ends in "/export" (a paper's citation list for reference managers).</summary>
internal sealed class ExportSuffixConstraint() : PathSuffixConstraint(Suffix)
{
    public const string Name = "export";
    public const string Suffix = "/export";
}

namespace HubCrawler.Api.Endpoints;

/// <summary>Route constraint "feedatom": a catch-all paper id that ends in "/feed.atom", the paper's Atom feed.</summary>
internal sealed class FeedSuffixConstraint() : PathSuffixConstraint(Suffix)
{
    public const string Name = "feedatom";
    public const string Suffix = "/feed.atom";
}

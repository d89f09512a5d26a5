using HubCrawler.Abstractions;

namespace HubCrawler.Grains.Sources;

/// <summary>How to fetch: <paramref name="Revalidate"/> asks the source even for fresh cached documents;
/// <paramref name="Primed"/> is metadata this source already gave (an alias resolution), so it need not be asked again.</summary>
public sealed record SourceFetch(bool Revalidate = false, PaperMetadata? Primed = null)
{
    public static readonly SourceFetch Default = new();
}

using System.Security.Cryptography;
using System.Text;

namespace HubCrawler.Sources.Caching;

/// <summary>The storage name of a cached document: the source, then a hash of the URL (URLs can be
/// longer than a blob name and contain characters blob names do not allow).</summary>
public static class CacheKey
{
    public static string For(string source, Uri url) =>
        $"{source}/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)))}";
}

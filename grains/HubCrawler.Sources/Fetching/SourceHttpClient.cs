using System.Net;
using System.Net.Http.Headers;

namespace HubCrawler.Sources.Fetching;

/// <summary>The HTTP client the fetch pipeline sends with: a named client of the host's <see cref="IHttpClientFactory"/>
/// (so a host can add handlers to it), or one of its own where the pipeline is built without a host.</summary>
public static class SourceHttpClient
{
    /// <summary>The factory's name for the sources' client.</summary>
    public const string Name = "HubCrawler.Sources";

    /// <summary>Connections renewed every five minutes (so DNS changes are seen), many to one host, any compression,
    /// and no redirects: a redirect could leave the allowed hosts.</summary>
    public static SocketsHttpHandler PrimaryHandler() => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        MaxConnectionsPerServer = 512,
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = false,
    };

    /// <summary>Who is asking and what it reads; no client-wide timeout, as each attempt has its own.</summary>
    public static void Configure(HttpClient client, FetchOptions options)
    {
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }
}

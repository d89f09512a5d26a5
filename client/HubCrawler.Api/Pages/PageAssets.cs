using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace HubCrawler.Api.Pages;

/// <summary>The pages' style sheet and scripts: real files (Pages/Assets) embedded in this assembly and served by the
/// static files middleware under <see cref="RequestPath"/>. Embedded rather than static web assets so that every host
/// serves them the same way, from a published image, from build output and from a test process alike. Each link
/// carries the file's content hash (?v=), and a request with the current hash may be cached for a year.</summary>
internal static class PageAssets
{
    /// <summary>Where the files are served, the path a Razor class library's static web assets would have.</summary>
    public const string RequestPath = "/_content/HubCrawler.Api";

    private const string ResourcePrefix = "HubCrawler.Api.Pages.Assets";
    private static readonly EmbeddedFileProvider Files = new(typeof(PageAssets).Assembly, ResourcePrefix);
    private static readonly Dictionary<string, string> Versions = new(StringComparer.Ordinal);

    public static readonly string Stylesheet = Url("pages.css");
    public static readonly string StartCrawlScript = Url("start-crawl.js");
    public static readonly string WatchCrawlScript = Url("watch-crawl.js");

    /// <summary>A file's text as it is served.</summary>
    public static string Text(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }

    /// <summary>Serves the files; call before the rate limiter, so a page's style sheet and scripts do not count as reads of their own.</summary>
    public static WebApplication UsePageAssets(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = Files,
            RequestPath = RequestPath,
            OnPrepareResponse = context =>
            {
                var current = Versions.GetValueOrDefault(context.File.Name);
                context.Context.Response.Headers.CacheControl = current is not null && context.Context.Request.Query["v"] == current
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
                context.Context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            },
        });
        return app;
    }

    private static string Url(string name)
    {
        using var stream = Open(name);
        var version = Convert.ToHexStringLower(SHA256.HashData(stream))[..16];
        Versions[name] = version;
        return $"{RequestPath}/{name}?v={version}";
    }

    private static Stream Open(string name) =>
        Files.GetFileInfo(name) is { Exists: true } file ? file.CreateReadStream() : throw new FileNotFoundException($"{name} is not embedded in {typeof(PageAssets).Assembly.GetName().Name}.", name);
}

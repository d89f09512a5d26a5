using System.Globalization;
using HubCrawler.Abstractions;

namespace HubCrawler.Api.Pages;

/// <summary>Small pieces of markup the pages share.</summary>
internal static class Markup
{
    /// <summary>An attribute, or nothing when the value is null.</summary>
    public static Html Attribute(string name, object? value) => value is null ? Html.Empty : Html.Of($" {name}=\"{value}\"");

    public static Html When(bool condition, Html html) => condition ? html : Html.Empty;

    /// <summary>A link only for http(s) addresses, so a source cannot smuggle a javascript: URL into a page.</summary>
    public static Html ExternalLink(string? url, string text) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? Html.Of($"<a href=\"{uri.AbsoluteUri}\" rel=\"external noopener noreferrer\">{text}</a>")
            : Html.Empty;

    public static Html Time(DateTimeOffset time) =>
        Html.Of($"<time datetime=\"{time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}\">{time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC</time>");

    public static string Title(CitationRole role) => Capitalised(EnumText.Of(role));

    public static string Title(CitationPolarity polarity) => Capitalised(EnumText.Of(polarity));

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Share(double share) => share.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

using System.Text;
using AngleSharp.Html.Parser;

namespace HubCrawler.Grains.Sources;

/// <summary>What the HTML source readers share: whitespace folding and the text of an error page.</summary>
internal static class HtmlBodies
{
    private static readonly HtmlParser Parser = new();

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The first 200 characters of an error page's visible text (its main part when it has one).</summary>
    public static string ErrorMessage(byte[] body)
    {
        var document = Parser.ParseDocument(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 64 * 1024)));
        var text = Collapse(document.QuerySelector("main, body")?.TextContent ?? "");
        return text.Length == 0 ? "(empty body)" : text[..Math.Min(text.Length, 200)];
    }
}

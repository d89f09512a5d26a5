using Microsoft.AspNetCore.Components;

namespace HubCrawler.Api.Pages;

/// <summary>Pieces of the pages' SVG pictures.</summary>
internal static class Svg
{
    /// <summary>An SVG <c>text</c> element, built here because Razor reserves <c>&lt;text&gt;</c> for itself; the content is
    /// encoded like every value.</summary>
    public static RenderFragment Text(string content, params (string Name, object? Value)[] attributes) =>
        builder => Element.Write(builder, "text", Attributes.Of(attributes), text => text.AddContent(0, content));

    /// <summary>A coordinate to two decimals at most.</summary>
    public static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A coordinate to one decimal at most.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

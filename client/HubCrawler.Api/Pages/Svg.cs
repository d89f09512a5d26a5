using Microsoft.AspNetCore.Components;

namespace HubCrawler.Api.Pages;

/// <summary>Pieces of the pages' SVG pictures.</summary>
internal static class Svg
{
    /// <summary>An SVG <c>text</c> element, built here because Razor reserves <c>&lt;text&gt;</c> for itself; the content is
    /// encoded like every value.</summary>
    public static RenderFragment Text(string content, params (string Name, object? Value)[] attributes) => builder =>
    {
        builder.OpenElement(0, "text");
        builder.AddMultipleAttributes(1, Attributes.Of(attributes));
        builder.AddContent(2, content);
        builder.CloseElement();
    };

    /// <summary>A coordinate to two decimals at most.</summary>
    public static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A coordinate to one decimal at most.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text.RegularExpressions;
using HubCrawler.Api.Pages;

namespace HubCrawler.Tests.Web;

/// <summary>Coloured text on the pages' white background meets WCAG 2's 4.5:1 for normal text (axe-core's
/// color-contrast rule), computed from the stylesheet the pages serve.</summary>
public sealed partial class TextContrastTests
{
    [Theory]
    [InlineData(".tag.influential")]
    [InlineData(".muted, .meta")]
    public void Text_colour_on_white_has_at_least_4_5_to_1_contrast(string selector)
    {
        var sheet = PageAssets.Text("pages.css");
        var rule = Regex.Match(sheet, Regex.Escape(selector) + @"\s*\{(?<body>[^}]*)\}");
        Assert.True(rule.Success, $"no rule for {selector}");
        var colour = Regex.Match(rule.Groups["body"].Value, @"(?<![-\w])color:\s*(?<value>[^;]+);").Groups["value"].Value.Trim();
        if (colour.StartsWith("var(", StringComparison.Ordinal))
            colour = Regex.Match(sheet, Regex.Escape(colour[4..^1]) + @":\s*(?<hex>#[0-9a-fA-F]{6})").Groups["hex"].Value;
        var ratio = (1 + 0.05) / (Luminance(colour) + 0.05);
        Assert.True(ratio >= 4.5, $"{selector}: {colour} on white is {ratio:F2}:1");
    }

    private static double Luminance(string hex)
    {
        Assert.Matches(Hex(), hex);
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Hex();
}

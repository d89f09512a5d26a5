using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace HubCrawler.Api.Pages;

/// <summary>Builds <see cref="Html"/> from an interpolated string: literal parts are markup, and
/// every value is HTML-encoded (quotes included, so values are safe inside quoted attributes)
/// unless it is already <see cref="Html"/>. Numbers and dates are formatted invariantly.</summary>
[InterpolatedStringHandler]
internal ref struct HtmlInterpolatedStringHandler
{
    // All of Unicode passes through as characters so titles stay readable in the source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private StringBuilder? _builder;

    public HtmlInterpolatedStringHandler(int literalLength, int formattedCount) =>
        _builder = new StringBuilder(literalLength + formattedCount * 16);

    public readonly void AppendLiteral(string literal) => _builder!.Append(literal);

    public readonly void AppendFormatted(Html html) => _builder!.Append(html.ToString());

    public readonly void AppendFormatted(string? text) => _builder!.Append(Encoder.Encode(text ?? ""));

    /// <summary>Lower case, as HTML and JSON spell it (data attributes are read by machines).</summary>
    public readonly void AppendFormatted(bool value) => _builder!.Append(value ? "true" : "false");

    public readonly void AppendFormatted<T>(T value, string? format = null)
    {
        var text = value switch
        {
            bool flag => flag ? "true" : "false",
            IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
            _ => value?.ToString(),
        };
        _builder!.Append(Encoder.Encode(text ?? ""));
    }

    internal string ToStringAndClear()
    {
        var text = _builder?.ToString() ?? "";
        _builder = null;
        return text;
    }
}

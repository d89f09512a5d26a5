namespace HubCrawler.Api.Pages;

/// <summary>A fragment of HTML that is safe to write as it is. The only ways to make one are
/// <see cref="Of"/> (literal markup, with every interpolated value HTML-encoded unless it is itself
/// <see cref="Html"/>), <see cref="Text"/> and <see cref="Join"/>, so text from a source can never
/// reach a page unencoded.</summary>
internal readonly struct Html
{
    private readonly string? _markup;

    private Html(string markup) => _markup = markup;

    /// <summary>No markup at all.</summary>
    public static Html Empty => default;

    /// <summary>Markup from an interpolated string: literals as written, values encoded.</summary>
    public static Html Of(HtmlInterpolatedStringHandler handler) => new(handler.ToStringAndClear());

    /// <summary>Plain text, encoded.</summary>
    public static Html Text(string? text) => Of($"{text}");

    /// <summary>Fragments one after another.</summary>
    public static Html Join(IEnumerable<Html> fragments) => new(string.Concat(fragments.Select(f => f._markup)));

    /// <summary>Markup written in this assembly's code (style sheets, scripts), never data.</summary>
    internal static Html Trusted(string markup) => new(markup);

    public bool IsEmpty => string.IsNullOrEmpty(_markup);

    public override string ToString() => _markup ?? "";
}

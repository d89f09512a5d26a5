namespace HubCrawler.Api.Queries;

/// <summary>An enum read from the query by its name in any case (<c>role=background</c>), never by its number: the
/// framework's own enum binding is case-sensitive and takes numbers too.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
/// <param name="Value">The value named.</param>
public readonly record struct QueryEnum<TEnum>(TEnum Value) where TEnum : struct, Enum
{
    /// <summary>The names the query accepts, as JSON spells them.</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<TEnum>().Select(EnumText.Of).ToList();

    /// <summary>Called by minimal-API binding; false makes the binding fail (see <see cref="QueryBindingFailures"/>).</summary>
    public static bool TryParse(string? text, IFormatProvider? provider, out QueryEnum<TEnum> result)
    {
        result = default;
        if (text is null || int.TryParse(text, out _) || !Enum.TryParse<TEnum>(text, ignoreCase: true, out var value)) return false;
        result = new QueryEnum<TEnum>(value);
        return true;
    }

    /// <summary>Null when <paramref name="text"/> names a value, else why not.</summary>
    public static string? Problem(string name, string text) =>
        TryParse(text, null, out _) ? null : $"{name} must be one of {string.Join(", ", Names)}, not '{QueryBindingFailures.Clip(text)}'.";
}

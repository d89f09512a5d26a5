using Microsoft.Extensions.Primitives;

namespace HubCrawler.Simulator;

/// <summary>Strict parsing of query string values.</summary>
internal static class QueryValues
{
    /// <summary>Parses an optional integer: absent or empty gives <paramref name="fallback"/>; anything else must parse.</summary>
    public static bool TryParseInt(StringValues values, int fallback, out int value)
    {
        if (StringValues.IsNullOrEmpty(values))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(values.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}

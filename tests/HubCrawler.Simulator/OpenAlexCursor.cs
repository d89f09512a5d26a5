namespace HubCrawler.Simulator;

/// <summary>The opaque cursors of OpenAlex cursor paging: "*" starts, each page's meta.next_cursor goes on.</summary>
internal static class OpenAlexCursor
{
    /// <summary>The cursor that starts paging.</summary>
    public const string Start = "*";

    private const string Prefix = "hubsim-cursor:";

    /// <summary>The cursor of the page starting at <paramref name="offset"/> (base64, like OpenAlex's).</summary>
    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Reads a cursor; a '+' turned into a space by an unescaped query string is forgiven.</summary>
    public static bool TryDecode(string cursor, out int offset)
    {
        offset = 0;
        if (cursor == Start)
        {
            return true;
        }

        var bytes = new byte[cursor.Length];
        if (!Convert.TryFromBase64String(cursor.Replace(' ', '+'), bytes, out var written))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, written);
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
    }
}

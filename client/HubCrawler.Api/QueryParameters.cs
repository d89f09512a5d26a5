using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace HubCrawler.Api;

/// <summary>Reads optional query parameters strictly, so that "limit=ten" is a clear 400, not a silent default.</summary>
internal static class QueryParameters
{
    public static bool TryInt(HttpRequest request, string name, int fallback, out int value, out string? error)
    {
        error = null;
        value = fallback;
        var text = request.Query[name].ToString();
        if (text.Length == 0) return true;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value)) return true;
        error = $"{name} must be a whole number, not '{Clip(text)}'.";
        return false;
    }

    public static bool TryOptionalInt(HttpRequest request, string name, out int? value, out string? error)
    {
        value = null;
        if (request.Query[name].ToString().Length == 0)
        {
            error = null;
            return true;
        }
        var ok = TryInt(request, name, 0, out var parsed, out error);
        if (ok) value = parsed;
        return ok;
    }

    public static bool TryBool(HttpRequest request, string name, out bool value, out string? error)
    {
        error = null;
        value = false;
        var text = request.Query[name].ToString();
        if (text.Length == 0 || bool.TryParse(text, out value)) return true;
        error = $"{name} must be true or false, not '{Clip(text)}'.";
        return false;
    }

    public static bool TryEnum<T>(HttpRequest request, string name, out T? value, out string? error) where T : struct, Enum
    {
        error = null;
        value = null;
        var text = request.Query[name].ToString();
        if (text.Length == 0) return true;
        if (!int.TryParse(text, out _) && Enum.TryParse<T>(text, ignoreCase: true, out var parsed))
        {
            value = parsed;
            return true;
        }
        error = $"{name} must be one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}, not '{Clip(text)}'.";
        return false;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

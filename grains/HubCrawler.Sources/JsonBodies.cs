using System.Text;
using System.Text.Json;

namespace HubCrawler.Sources;

/// <summary>What every JSON source reader needs: a parse that reports invalid JSON as a
/// <see cref="FormatException"/>, typed field reads that treat a wrong type as absent, and the
/// message of an error body.</summary>
internal static class JsonBodies
{
    public static JsonDocument Parse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new FormatException($"invalid JSON ({body.Length} bytes): {e.Message}", e);
        }
    }

    /// <summary>The first of <paramref name="fields"/> that an error body's object has as a string, else a short excerpt.</summary>
    public static string ErrorMessage(byte[] body, params string[] fields)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
                foreach (var field in fields)
                    if (String(document.RootElement, field) is { } message) return message;
        }
        catch (JsonException)
        {
        }
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200)).ReplaceLineEndings(" ").Trim();
        return text.Length == 0 ? "(empty body)" : text;
    }

    public static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;
}

using System.Text.Json;

namespace HubCrawler.Api;

/// <summary>Enum values as the JSON spells them (camelCase), so pages, exports and JSON agree.</summary>
internal static class EnumText
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

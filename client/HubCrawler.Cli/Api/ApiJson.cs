using System.Text.Json;
using System.Text.Json.Serialization;

namespace HubCrawler.Cli.Api;

/// <summary>The API's JSON conventions: camelCase names, enums as camelCase strings.</summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}

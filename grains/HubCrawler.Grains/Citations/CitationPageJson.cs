using System.Text.Json;
using System.Text.Json.Serialization;

namespace HubCrawler.Grains.Citations;

/// <summary>How a page of citations is written to storage: JSON, readable with any tool.</summary>
internal static class CitationPageJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static BinaryData Write(IReadOnlyList<CitationEdge> page) => BinaryData.FromObjectAsJson(page, Options);

    public static IReadOnlyList<CitationEdge> Read(BinaryData data) =>
        data.ToObjectFromJson<List<CitationEdge>>(Options) ?? throw new FormatException("a stored citation page is empty");
}

using System.Text.Json;

namespace HubCrawler.Simulator;

/// <summary>One page of a paper's citations: {"offset":O,"next":O+L,"data":[...]}, "next" omitted at the end.</summary>
internal sealed class CitationsPage(
    SyntheticGraph graph,
    IReadOnlyList<SimCitation> records,
    int offset,
    int limit,
    FieldSelection selection)
{
    /// <summary>Writes the page document.</summary>
    public void Write(Utf8JsonWriter writer)
    {
        var end = (int)Math.Min((long)offset + limit, records.Count);
        writer.WriteStartObject();
        writer.WriteNumber("offset", offset);
        if (end < records.Count)
        {
            writer.WriteNumber("next", end);
        }

        writer.WriteStartArray("data");
        for (var i = offset; i < end; i++)
        {
            GraphJson.WriteCitation(writer, graph, records[i], selection);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

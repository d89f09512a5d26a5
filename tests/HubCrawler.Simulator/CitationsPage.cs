namespace HubCrawler.Simulator;

/// <summary>One page of a paper's citations or references: {"offset":O,"next":O+L,"data":[...]}, "next" omitted at the end.</summary>
internal sealed class CitationsPage(
    int count,
    int offset,
    int limit,
    Action<Utf8JsonWriter, int> writeItem)
{
    /// <summary>A page of citation records.</summary>
    public static CitationsPage Of(SyntheticGraph graph, IReadOnlyList<SimCitation> records, int offset, int limit, FieldSelection selection) =>
        new(records.Count, offset, limit, (writer, i) => GraphJson.WriteCitation(writer, graph, records[i], selection));

    /// <summary>A page of references.</summary>
    public static CitationsPage Of(SyntheticGraph graph, IReadOnlyList<SimReference> references, int offset, int limit, FieldSelection selection) =>
        new(references.Count, offset, limit, (writer, i) => GraphJson.WriteReference(writer, graph, references[i], selection));

    /// <summary>Writes the page document.</summary>
    public void Write(Utf8JsonWriter writer)
    {
        var end = (int)Math.Min((long)offset + limit, count);
        writer.WriteStartObject();
        writer.WriteNumber("offset", offset);
        if (end < count)
        {
            writer.WriteNumber("next", end);
        }

        writer.WriteStartArray("data");
        for (var i = offset; i < end; i++)
        {
            writeItem(writer, i);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

using System.Buffers;
using System.Text.Encodings.Web;

namespace HubCrawler.Simulator;

/// <summary>Writes the JSON documents of the simulated Graph API with <see cref="Utf8JsonWriter"/>.</summary>
internal static class GraphJson
{
    private const string TldrModel = "tldr@v2.0.0";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns the bytes written.</summary>
    public static ReadOnlyMemory<byte> Build<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, state);
        }

        return buffer.WrittenMemory;
    }

    /// <summary>A one-property object such as {"error":"..."} or {"message":"..."}.</summary>
    public static ReadOnlyMemory<byte> Message(string property, string text) =>
        Build((property, text), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString(state.property, state.text);
            writer.WriteEndObject();
        });

    /// <summary>A paper object: "paperId" first, then the selected fields in order, then "matchScore" when given (a title match).</summary>
    public static void WritePaper(Utf8JsonWriter writer, SimPaper paper, IReadOnlyList<PaperField> fields, double? matchScore = null)
    {
        writer.WriteStartObject();
        writer.WriteString("paperId", paper.PaperId);
        foreach (var field in fields)
        {
            WriteField(writer, paper, field);
        }

        if (matchScore is { } score)
        {
            writer.WriteNumber("matchScore", Math.Round(score, 2));
        }

        writer.WriteEndObject();
    }

    /// <summary>A citing paper that is not in the graph: null "paperId", the title when selected, other fields null.</summary>
    public static void WriteUnresolvedPaper(Utf8JsonWriter writer, string title, IReadOnlyList<PaperField> fields)
    {
        writer.WriteStartObject();
        writer.WriteNull("paperId");
        foreach (var field in fields)
        {
            if (field == PaperField.Title)
            {
                writer.WriteString("title", title);
            }
            else
            {
                writer.WriteNull(field.JsonName());
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>One item of a citations page: the edge fields, then "citingPaper".</summary>
    public static void WriteCitation(
        Utf8JsonWriter writer,
        SyntheticGraph graph,
        SimCitation citation,
        FieldSelection selection) =>
        WriteEdge(writer, graph, "citingPaper", citation.CitingIndex, citation.CitingTitle, citation.Intents, citation.Contexts, citation.IsInfluential, selection);

    /// <summary>One item of a references page: the edge fields, then "citedPaper" (null paperId when unresolved).</summary>
    public static void WriteReference(
        Utf8JsonWriter writer,
        SyntheticGraph graph,
        SimReference reference,
        FieldSelection selection) =>
        WriteEdge(writer, graph, "citedPaper", reference.CitedIndex, reference.CitedTitle, reference.Intents, reference.Contexts, reference.IsInfluential, selection);

    private static void WriteEdge(
        Utf8JsonWriter writer,
        SyntheticGraph graph,
        string paperProperty,
        int? otherIndex,
        string otherTitle,
        string[] intents,
        string[] contexts,
        bool isInfluential,
        FieldSelection selection)
    {
        writer.WriteStartObject();
        if (selection.Contexts)
        {
            WriteStrings(writer, "contexts", contexts);
        }

        if (selection.Intents)
        {
            WriteStrings(writer, "intents", intents);
        }

        if (selection.ContextsWithIntent)
        {
            // The records carry one intent set for the whole citation, so each context states all of it.
            writer.WriteStartArray("contextsWithIntent");
            foreach (var context in contexts)
            {
                writer.WriteStartObject();
                writer.WriteString("context", context);
                WriteStrings(writer, "intents", intents);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (selection.IsInfluential)
        {
            writer.WriteBoolean("isInfluential", isInfluential);
        }

        writer.WritePropertyName(paperProperty);
        if (otherIndex is { } index)
        {
            WritePaper(writer, graph.Papers[index], selection.PaperFields);
        }
        else
        {
            WriteUnresolvedPaper(writer, otherTitle, selection.PaperFields);
        }

        writer.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter writer, SimPaper paper, PaperField field)
    {
        var name = field.JsonName();
        switch (field)
        {
            case PaperField.CorpusId:
                writer.WriteNumber(name, paper.CorpusId);
                break;
            case PaperField.ExternalIds:
                writer.WriteStartObject(name);
                writer.WriteString("ArXiv", paper.ArxivId);
                writer.WriteString("DOI", paper.Doi);
                writer.WriteNumber("CorpusId", paper.CorpusId);
                writer.WriteEndObject();
                break;
            case PaperField.Url:
                writer.WriteString(name, paper.Url);
                break;
            case PaperField.Title:
                writer.WriteString(name, paper.Title);
                break;
            case PaperField.Abstract:
                writer.WriteString(name, paper.Abstract);
                break;
            case PaperField.Venue:
                writer.WriteString(name, paper.Venue);
                break;
            case PaperField.Year:
                writer.WriteNumber(name, paper.Year);
                break;
            case PaperField.PublicationDate:
                writer.WriteString(name, paper.PublicationDate);
                break;
            case PaperField.Authors:
                writer.WriteStartArray(name);
                foreach (var author in paper.Authors)
                {
                    writer.WriteStartObject();
                    writer.WriteString("authorId", author.AuthorId);
                    writer.WriteString("name", author.Name);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            case PaperField.CitationCount:
                writer.WriteNumber(name, paper.CitationCount);
                break;
            case PaperField.ReferenceCount:
                writer.WriteNumber(name, paper.ReferenceCount);
                break;
            case PaperField.InfluentialCitationCount:
                writer.WriteNumber(name, paper.InfluentialCitationCount);
                break;
            case PaperField.Tldr when paper.Tldr is null:
                writer.WriteNull(name);
                break;
            case PaperField.Tldr:
                writer.WriteStartObject(name);
                writer.WriteString("model", TldrModel);
                writer.WriteString("text", paper.Tldr);
                writer.WriteEndObject();
                break;
            case PaperField.PaperId:
                writer.WriteString(name, paper.PaperId);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, string[] values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}

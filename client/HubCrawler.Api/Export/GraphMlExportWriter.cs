using System.Text;
using System.Xml;

namespace HubCrawler.Api.Export;

/// <summary>GraphML: one directed graph, a node per paper and an edge per citation (citing → cited),
/// attributes declared as GraphML keys. GraphML allows nodes and edges in any order, so each paper's
/// node is followed by its edges as they are read.</summary>
internal sealed class GraphMlExportWriter : ICrawlExportWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>The attributes: (id, for, name, type).</summary>
    public static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("title", "node", "title", "string"),
        ("authors", "node", "authors", "string"),
        ("year", "node", "year", "int"),
        ("venue", "node", "venue", "string"),
        ("citationCount", "node", "citationCount", "int"),
        ("behaviourLabel", "node", "behaviourLabel", "string"),
        ("remainingDepth", "node", "remainingDepth", "int"),
        ("fetchedAt", "node", "fetchedAt", "string"),
        ("error", "node", "error", "string"),
        ("role", "edge", "role", "string"),
        ("polarity", "edge", "polarity", "string"),
        ("intents", "edge", "intents", "string"),
        ("isInfluential", "edge", "isInfluential", "boolean"),
        ("foundIn", "edge", "foundIn", "string"),
    ];

    private readonly XmlWriter _xml;
    private bool _started;
    private int _edges;

    public GraphMlExportWriter(Stream stream) =>
        _xml = XmlWriter.Create(stream, new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) });

    public async Task WriteAsync(PaperRow paper, IReadOnlyList<EdgeRow> edges)
    {
        await StartOnce();
        await _xml.WriteStartElementAsync(null, "node", Namespace);
        await _xml.WriteAttributeStringAsync(null, "id", null, paper.PaperId);
        await DataAsync("title", paper.Title);
        await DataAsync("authors", paper.Authors.Count == 0 ? null : string.Join("; ", paper.Authors));
        await DataAsync("year", Number(paper.Year));
        await DataAsync("venue", paper.Venue);
        await DataAsync("citationCount", Number(paper.CitationCount));
        await DataAsync("behaviourLabel", paper.BehaviourLabel);
        await DataAsync("remainingDepth", Number(paper.RemainingDepth));
        await DataAsync("fetchedAt", paper.FetchedAt?.ToString("O", CultureInfo.InvariantCulture));
        await DataAsync("error", paper.Error);
        await _xml.WriteEndElementAsync();

        foreach (var edge in edges)
        {
            await _xml.WriteStartElementAsync(null, "edge", Namespace);
            await _xml.WriteAttributeStringAsync(null, "id", null, "e" + (_edges++).ToString(CultureInfo.InvariantCulture));
            await _xml.WriteAttributeStringAsync(null, "source", null, edge.Source);
            await _xml.WriteAttributeStringAsync(null, "target", null, edge.Target);
            await DataAsync("role", EnumText.Of(edge.Role));
            await DataAsync("polarity", EnumText.Of(edge.Polarity));
            await DataAsync("intents", edge.Intents.Count == 0 ? null : string.Join("; ", edge.Intents));
            await DataAsync("isInfluential", edge.IsInfluential ? "true" : "false");
            await DataAsync("foundIn", EnumText.Of(edge.FoundIn));
            await _xml.WriteEndElementAsync();
        }
        await _xml.FlushAsync();
    }

    public async Task CompleteAsync()
    {
        await StartOnce();
        await _xml.WriteEndElementAsync();
        await _xml.WriteEndElementAsync();
        await _xml.WriteEndDocumentAsync();
        await _xml.FlushAsync();
    }

    // Async all the way: Kestrel refuses the synchronous flush a plain Dispose would do.
    public ValueTask DisposeAsync() => _xml.DisposeAsync();

    private async Task StartOnce()
    {
        if (_started) return;
        _started = true;
        await _xml.WriteStartDocumentAsync();
        await _xml.WriteStartElementAsync(null, "graphml", Namespace);
        foreach (var (id, owner, name, type) in Keys)
        {
            await _xml.WriteStartElementAsync(null, "key", Namespace);
            await _xml.WriteAttributeStringAsync(null, "id", null, id);
            await _xml.WriteAttributeStringAsync(null, "for", null, owner);
            await _xml.WriteAttributeStringAsync(null, "attr.name", null, name);
            await _xml.WriteAttributeStringAsync(null, "attr.type", null, type);
            await _xml.WriteEndElementAsync();
        }
        await _xml.WriteStartElementAsync(null, "graph", Namespace);
        await _xml.WriteAttributeStringAsync(null, "id", null, "crawl");
        await _xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
    }

    private async Task DataAsync(string key, string? value)
    {
        if (value is null) return;
        await _xml.WriteStartElementAsync(null, "data", Namespace);
        await _xml.WriteAttributeStringAsync(null, "key", null, key);
        await _xml.WriteStringAsync(XmlText.Safe(value));
        await _xml.WriteEndElementAsync();
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}

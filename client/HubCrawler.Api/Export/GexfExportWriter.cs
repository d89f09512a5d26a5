using System.Text;
using System.Xml;

namespace HubCrawler.Api.Export;

/// <summary>GEXF 1.2 (Gephi's format): a directed static graph, a node per paper (labelled with its title) and an edge
/// per citation (citing → cited), with the GraphML export's attributes declared as GEXF attributes. GEXF puts every node
/// before every edge, so nodes stream as they are read while edges are spooled to a temporary file (memory holds neither)
/// and copied after the last node.</summary>
internal sealed class GexfExportWriter : ICrawlExportWriter
{
    private const string Namespace = "http://www.gexf.net/1.2draft";

    /// <summary>The attributes: (id, class, type).</summary>
    public static readonly (string Id, string Class, string Type)[] Attributes =
    [
        ("title", "node", "string"),
        ("authors", "node", "string"),
        ("year", "node", "integer"),
        ("venue", "node", "string"),
        ("citationCount", "node", "integer"),
        ("behaviourLabel", "node", "string"),
        ("remainingDepth", "node", "integer"),
        ("fetchedAt", "node", "string"),
        ("error", "node", "string"),
        ("role", "edge", "string"),
        ("polarity", "edge", "string"),
        ("intents", "edge", "string"),
        ("isInfluential", "edge", "boolean"),
        ("foundIn", "edge", "string"),
    ];

    private static readonly XmlWriterSettings Settings = new() { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };

    private readonly XmlWriter _xml;
    private readonly FileStream _spool;
    private readonly XmlWriter _edges;
    private bool _started;
    private int _edgeCount;

    public GexfExportWriter(Stream stream)
    {
        _xml = XmlWriter.Create(stream, Settings);
        _spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        _edges = XmlWriter.Create(_spool, new XmlWriterSettings
        {
            Async = true, Indent = true, Encoding = new UTF8Encoding(false), ConformanceLevel = ConformanceLevel.Fragment,
        });
    }

    public async Task WriteAsync(PaperRow paper, IReadOnlyList<EdgeRow> edges)
    {
        await StartOnce();
        await _xml.WriteStartElementAsync(null, "node", Namespace);
        await _xml.WriteAttributeStringAsync(null, "id", null, paper.PaperId);
        await _xml.WriteAttributeStringAsync(null, "label", null, XmlText.Safe(paper.Title ?? paper.PaperId));
        await _xml.WriteStartElementAsync(null, "attvalues", Namespace);
        await ValueAsync(_xml, "title", paper.Title);
        await ValueAsync(_xml, "authors", paper.Authors.Count == 0 ? null : string.Join("; ", paper.Authors));
        await ValueAsync(_xml, "year", Number(paper.Year));
        await ValueAsync(_xml, "venue", paper.Venue);
        await ValueAsync(_xml, "citationCount", Number(paper.CitationCount));
        await ValueAsync(_xml, "behaviourLabel", paper.BehaviourLabel);
        await ValueAsync(_xml, "remainingDepth", Number(paper.RemainingDepth));
        await ValueAsync(_xml, "fetchedAt", paper.FetchedAt?.ToString("O", CultureInfo.InvariantCulture));
        await ValueAsync(_xml, "error", paper.Error);
        await _xml.WriteEndElementAsync();
        await _xml.WriteEndElementAsync();

        foreach (var edge in edges)
        {
            await _edges.WriteStartElementAsync(null, "edge", Namespace);
            await _edges.WriteAttributeStringAsync(null, "id", null, "e" + (_edgeCount++).ToString(CultureInfo.InvariantCulture));
            await _edges.WriteAttributeStringAsync(null, "source", null, edge.Source);
            await _edges.WriteAttributeStringAsync(null, "target", null, edge.Target);
            await _edges.WriteStartElementAsync(null, "attvalues", Namespace);
            await ValueAsync(_edges, "role", EnumText.Of(edge.Role));
            await ValueAsync(_edges, "polarity", EnumText.Of(edge.Polarity));
            await ValueAsync(_edges, "intents", edge.Intents.Count == 0 ? null : string.Join("; ", edge.Intents));
            await ValueAsync(_edges, "isInfluential", edge.IsInfluential ? "true" : "false");
            await ValueAsync(_edges, "foundIn", EnumText.Of(edge.FoundIn));
            await _edges.WriteEndElementAsync();
            await _edges.WriteEndElementAsync();
        }
        await _xml.FlushAsync();
    }

    public async Task CompleteAsync()
    {
        await StartOnce();
        await _xml.WriteEndElementAsync(); // nodes
        await _xml.WriteStartElementAsync(null, "edges", Namespace);
        await _edges.FlushAsync();
        _spool.Position = 0;
        using (var reader = new StreamReader(_spool, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true))
        {
            var buffer = new char[32 * 1024];
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0) await _xml.WriteRawAsync(buffer, 0, read);
        }
        await _xml.WriteEndElementAsync(); // edges
        await _xml.WriteEndElementAsync(); // graph
        await _xml.WriteEndElementAsync(); // gexf
        await _xml.WriteEndDocumentAsync();
        await _xml.FlushAsync();
    }

    // Async all the way: Kestrel refuses the synchronous flush a plain Dispose would do.
    public async ValueTask DisposeAsync()
    {
        await _xml.DisposeAsync();
        await _edges.DisposeAsync();
        await _spool.DisposeAsync();
    }

    private async Task StartOnce()
    {
        if (_started) return;
        _started = true;
        await _xml.WriteStartDocumentAsync();
        await _xml.WriteStartElementAsync(null, "gexf", Namespace);
        await _xml.WriteAttributeStringAsync(null, "version", null, "1.2");
        await _xml.WriteStartElementAsync(null, "meta", Namespace);
        await _xml.WriteElementStringAsync(null, "creator", Namespace, "HubCrawler");
        await _xml.WriteElementStringAsync(null, "description", Namespace, "A crawl's papers and the citations between them (citing → cited)");
        await _xml.WriteEndElementAsync();
        await _xml.WriteStartElementAsync(null, "graph", Namespace);
        await _xml.WriteAttributeStringAsync(null, "defaultedgetype", null, "directed");
        await _xml.WriteAttributeStringAsync(null, "mode", null, "static");
        foreach (var owner in new[] { "node", "edge" })
        {
            await _xml.WriteStartElementAsync(null, "attributes", Namespace);
            await _xml.WriteAttributeStringAsync(null, "class", null, owner);
            foreach (var (id, _, type) in Attributes.Where(a => a.Class == owner))
            {
                await _xml.WriteStartElementAsync(null, "attribute", Namespace);
                await _xml.WriteAttributeStringAsync(null, "id", null, id);
                await _xml.WriteAttributeStringAsync(null, "title", null, id);
                await _xml.WriteAttributeStringAsync(null, "type", null, type);
                await _xml.WriteEndElementAsync();
            }
            await _xml.WriteEndElementAsync();
        }
        await _xml.WriteStartElementAsync(null, "nodes", Namespace);
    }

    private static async Task ValueAsync(XmlWriter xml, string attribute, string? value)
    {
        if (value is null) return;
        await xml.WriteStartElementAsync(null, "attvalue", Namespace);
        await xml.WriteAttributeStringAsync(null, "for", null, attribute);
        await xml.WriteAttributeStringAsync(null, "value", null, XmlText.Safe(value));
        await xml.WriteEndElementAsync();
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}

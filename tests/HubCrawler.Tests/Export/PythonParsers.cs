using System.Diagnostics;

namespace HubCrawler.Tests.Export;

/// <summary>Debian's own parsers, run by Debian's Python (/usr/bin/python3: python3-bibtexparser, python3-networkx;
/// the python3 on PATH may be another one without them). Each script reads the file named by its first argument and prints JSON.</summary>
public static class PythonParsers
{
    public const string Python = "/usr/bin/python3";

    /// <summary>bibtexparser: [{ID, ENTRYTYPE, fields…}] with LaTeX turned back into Unicode (its convert_to_unicode).</summary>
    public const string BibTex = """
        import sys, json, bibtexparser
        from bibtexparser.bparser import BibTexParser
        from bibtexparser.customization import convert_to_unicode
        parser = BibTexParser(common_strings=True)
        parser.customization = convert_to_unicode
        with open(sys.argv[1], encoding="utf-8") as f:
            db = bibtexparser.load(f, parser=parser)
        print(json.dumps({"entries": db.entries, "comments": db.comments, "strings": list(db.strings.keys())}))
        """;

    /// <summary>networkx: node and edge counts, the edges, and one node's attributes, of a GEXF or GraphML file (argv[2]: gexf|graphml).</summary>
    public const string Graph = """
        import sys, json, networkx as nx
        g = nx.read_gexf(sys.argv[1]) if sys.argv[2] == "gexf" else nx.read_graphml(sys.argv[1])
        nodes = list(g.nodes(data=True))
        print(json.dumps({"directed": g.is_directed(), "nodes": g.number_of_nodes(), "edges": [[u, v] for u, v in g.edges()],
                          "attributes": {n: {k: str(v) for k, v in d.items()} for n, d in nodes}}))
        """;

    public static async Task<JsonElement> RunAsync(string script, string text, params string[] arguments)
    {
        Assert.True(File.Exists(Python), $"{Python} is missing: apt-get install -y python3-bibtexparser python3-networkx (.ci/run does this).");
        var file = Path.Combine(Path.GetTempPath(), $"hubcrawler-parse-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(file, text);
        try
        {
            var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(file);
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"the parser failed: {await errors}");
            return JsonDocument.Parse(await output).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }
}

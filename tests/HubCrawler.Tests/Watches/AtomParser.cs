using System.Diagnostics;

namespace HubCrawler.Tests.Watches;

/// <summary>Parses an Atom document with Debian's python3-feedparser and answers what it made of it.</summary>
public static class AtomParser
{
    private const string Script = """
        import sys, json, feedparser
        d = feedparser.parse(sys.stdin.buffer.read())
        print(json.dumps({
            "bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
            "title": d.feed.get("title"), "id": d.feed.get("id"), "updated": d.feed.get("updated"),
            "links": [{"rel": l.get("rel"), "href": l.get("href")} for l in d.feed.get("links", [])],
            "entries": [{"id": e.get("id"), "title": e.get("title"), "updated": e.get("updated"), "updatedParsed": e.get("updated_parsed") is not None,
                         "link": e.get("link"), "summary": e.get("summary")} for e in d.entries],
        }))
        """;

    public static async Task<JsonElement> Parse(byte[] atom)
    {
        var start = new ProcessStartInfo("/usr/bin/python3", ["-c", Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var python = Process.Start(start)!;
        await python.StandardInput.BaseStream.WriteAsync(atom);
        python.StandardInput.Close();
        var output = await python.StandardOutput.ReadToEndAsync();
        var errors = await python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, $"feedparser failed: {errors}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}

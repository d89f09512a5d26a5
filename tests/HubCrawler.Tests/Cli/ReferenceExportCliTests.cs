using System.Text.RegularExpressions;
using HubCrawler.Cli;
using HubCrawler.Tests.Api;
using HubCrawler.Tests.Export;

namespace HubCrawler.Tests.Cli;

// The fixture, not the HubCrawler.ApiHost namespace that an enclosing-namespace lookup would find first.
using ApiHost = HubCrawler.Tests.Api.ApiHost;

/// <summary><c>hubcrawler export --format bibtex|ris|csljson|gexf</c> for a crawl and <c>--paper</c> for one hub, read back by the real parsers.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class ReferenceExportCliTests(ApiHost host)
{
    private Uri Api => host.Silo.Address;
    private SyntheticGraph Graph => host.Simulator.Graph;

    [Fact]
    public async Task Export_writes_a_crawl_as_GEXF_and_BibTeX_that_networkx_and_bibtexparser_read()
    {
        var seed = Graph.Papers[150];
        var crawl = await CliRunner.RunAsync(Api, "crawl", seed.PaperId, "--depth", "1");
        var jobId = StartedJob().Match(crawl.Console).Groups[1].Value;
        var expected = Graph.Reachable([seed.Index], 1).Count;

        var gexf = await CliRunner.RunAsync(Api, "export", jobId, "--format", "gexf");
        Assert.True(gexf.ExitCode == ExitCodes.Ok, gexf.ToString());
        Assert.Equal(expected, (await PythonParsers.RunAsync(PythonParsers.Graph, gexf.Output, "gexf")).GetProperty("nodes").GetInt32());

        var file = Path.Combine(Path.GetTempPath(), $"hubcrawler-cli-{Guid.NewGuid():N}.bib");
        try
        {
            var bib = await CliRunner.RunAsync(Api, "export", jobId, "--format", "bibtex", "--output", file);
            Assert.True(bib.ExitCode == ExitCodes.Ok, bib.ToString());
            var entries = (await PythonParsers.RunAsync(PythonParsers.BibTex, await File.ReadAllTextAsync(file))).GetProperty("entries");
            Assert.Equal(expected, entries.GetArrayLength());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Export_paper_writes_its_citing_papers_and_refuses_a_graph_format_or_two_targets()
    {
        var paper = Graph.Papers.Where(p => p.Index > 0).OrderByDescending(p => Graph.CitationsOf(p.Index).Count).Skip(3).First();

        var ris = await CliRunner.RunAsync(Api, "export", "--paper", "DOI:" + paper.Doi, "--format", "ris");
        Assert.True(ris.ExitCode == ExitCodes.Ok, ris.ToString());
        Assert.Equal(Graph.CitationsOf(paper.Index).Count, RisRecords.Parse(ris.Output).Count);

        var graph = await CliRunner.RunAsync(Api, "export", "--paper", paper.PaperId, "--format", "gexf");
        Assert.True(graph.ExitCode == ExitCodes.Usage, graph.ToString());
        Assert.Contains("bibtex, ris, csljson", graph.Errors);
        var both = await CliRunner.RunAsync(Api, "export", "0123456789abcdef", "--paper", paper.PaperId, "--format", "ris");
        Assert.True(both.ExitCode == ExitCodes.Usage, both.ToString());
        var malformed = await CliRunner.RunAsync(Api, "export", "--paper", "arXiv:15o6.00001", "--format", "ris");
        Assert.True(malformed.ExitCode == ExitCodes.Usage, malformed.ToString());
        var unread = await CliRunner.RunAsync(Api, "export", "--paper", paper.PaperId, "--format", "bibtex", "--list", "references");
        Assert.True(unread.ExitCode is ExitCodes.Ok or ExitCodes.ApiError, unread.ToString());
    }

    [GeneratedRegex("Crawl ([0-9a-f]{16}) started")]
    private static partial Regex StartedJob();
}

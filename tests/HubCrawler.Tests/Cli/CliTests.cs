using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HubCrawler.Cli;
using HubCrawler.Tests.Api;

namespace HubCrawler.Tests.Cli;

// The fixture, not the HubCrawler.ApiHost namespace that an enclosing-namespace lookup would find first.
using ApiHost = HubCrawler.Tests.Api.ApiHost;

/// <summary>The <c>hubcrawler</c> CLI, run in this process against the real host (silo + HTTP API) and the simulator.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class CliTests(ApiHost host)
{
    private Uri Api => host.Silo.Address;
    private SyntheticGraph Graph => host.Simulator.Graph;

    [Fact]
    public async Task Crawl_runs_to_completion_with_progress_and_ends_with_a_summary_table()
    {
        var seed = Graph.Papers[140];
        var expected = Graph.Reachable([seed.Index], 2).Count;

        var run = await CliRunner.RunAsync(Api, "crawl", "arXiv:" + seed.ArxivId, "--depth", "2", "--max-papers", "5000");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        var jobId = JobIdIn(run.Console);
        Assert.Contains("papers/s", run.Console);
        Assert.Contains($"Crawl {jobId}: done", run.Console);
        Assert.Matches($@"discovered\W+{expected}\W", run.Console);
        Assert.Matches(@"pending\W+0\W", run.Console);
        Assert.Matches(@"failed\W+0\W", run.Console);
        Assert.Matches(@"rate\W+[\d.]+ papers/s", run.Console);
        Assert.Equal("", run.Errors);
    }

    [Fact]
    public async Task The_last_progress_line_shows_the_rate_and_time_the_summary_shows()
    {
        var run = await CliRunner.RunAsync(Api, "crawl", Graph.Papers[163].PaperId, "--depth", "2", "--max-papers", "5000");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        var progress = Regex.Matches(run.Console, @"([\d.]+) papers/s \(now [\d.]+\) · ([^·\r\n]+) ·");
        Assert.NotEmpty(progress);
        var (rate, took) = (progress[^1].Groups[1].Value, progress[^1].Groups[2].Value.Trim());
        Assert.Matches($@"rate\W+{Regex.Escape(rate)} papers/s", run.Console);
        Assert.Matches($@"took\W+{Regex.Escape(took)}", run.Console);
    }

    [Fact]
    public async Task A_crawl_none_of_whose_seeds_exists_is_exit_1_and_lists_the_seed_errors()
    {
        var run = await CliRunner.RunAsync(Api, "crawl", "arXiv:2901.99999", "--depth", "1");

        Assert.True(run.ExitCode == ExitCodes.ApiError, run.ToString());
        Assert.Contains("Seeds that could not be resolved", run.Console);
        Assert.Contains("arXiv:2901.99999", run.Console);
        Assert.Matches(@"discovered\W+0\W", run.Console);
    }

    [Fact]
    public async Task On_a_terminal_the_crawl_draws_a_live_progress_display()
    {
        var run = await CliRunner.RunAsync(["crawl", Graph.Papers[141].PaperId, "--depth", "1", "--api", Api.ToString()],
            new CliSettings { ReconnectDelay = TimeSpan.FromMilliseconds(100) }, terminal: true);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("\u001b[", run.Console);
        var text = AnsiEscape().Replace(run.Console, "");
        Assert.Contains("papers/s", text);
        // The bar: discovered papers split into fetched, from cache, failed and pending, with a legend.
        Assert.Contains("█", text);
        Assert.Matches(@"fetched \d+\s+■ from cache \d+\s+■ failed 0\s+■ pending 0", text);
        Assert.Contains($"Crawl {JobIdIn(run.Console)}: done", text);
    }

    [Fact]
    public async Task Crawl_no_wait_prints_the_job_and_status_shows_it_as_text_and_json()
    {
        var started = await CliRunner.RunAsync(Api, "crawl", "DOI:" + Graph.Papers[142].Doi, "--depth", "1", "--no-wait");
        Assert.True(started.ExitCode == ExitCodes.Ok, started.ToString());
        var jobId = JobIdIn(started.Console);
        Assert.Contains($"hubcrawler cancel {jobId}", started.Console);
        Assert.DoesNotContain("papers/s", started.Console);

        var status = await CliRunner.RunAsync(Api, "status", jobId);
        Assert.True(status.ExitCode == ExitCodes.Ok, status.ToString());
        Assert.Contains($"Crawl {jobId}:", status.Console);
        Assert.Contains("DOI:" + Graph.Papers[142].Doi, status.Console);

        var json = await CliRunner.RunAsync(Api, "status", jobId, "--json");
        Assert.True(json.ExitCode == ExitCodes.Ok, json.ToString());
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(jobId, document.RootElement.GetProperty("jobId").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("request").GetProperty("depth").GetInt32());
        Assert.Equal("", json.Console);
    }

    [Fact]
    public async Task Ctrl_C_stops_watching_and_says_the_crawl_goes_on_and_how_to_cancel_it()
    {
        using var interrupt = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        // A depth-3 crawl of the simulated graph takes longer than the second before the interrupt.
        var run = await CliRunner.RunAsync(["crawl", Graph.Papers[143].PaperId, "--depth", "3", "--api", Api.ToString()],
            new CliSettings(), cancellationToken: interrupt.Token);

        Assert.True(run.ExitCode == ExitCodes.Interrupted, run.ToString());
        var jobId = JobIdIn(run.Console);
        Assert.Contains("Stopped watching", run.Console);
        Assert.Contains("goes on", run.Console);
        Assert.Contains($"hubcrawler cancel {jobId}", run.Console);
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync(Api, "status", jobId)).ExitCode);
    }

    [Fact]
    public async Task Cancel_stops_a_running_crawl()
    {
        host.Simulator.Faults.LatencyMs = 300;
        try
        {
            var started = await CliRunner.RunAsync(Api, "crawl", Graph.Papers[144].PaperId, "--depth", "4", "--max-papers", "5000", "--no-wait");
            var jobId = JobIdIn(started.Console);

            var cancelled = await CliRunner.RunAsync(Api, "cancel", jobId);

            Assert.True(cancelled.ExitCode == ExitCodes.Ok, cancelled.ToString());
            Assert.Contains($"Crawl {jobId} is cancelled", cancelled.Console);
            var status = await CliRunner.RunAsync(Api, "status", jobId, "--json");
            using var document = JsonDocument.Parse(status.Output);
            Assert.True(document.RootElement.GetProperty("cancelled").GetBoolean());
            Assert.True(document.RootElement.GetProperty("done").GetBoolean());
        }
        finally
        {
            host.Simulator.Faults.LatencyMs = 0;
        }
    }

    [Fact]
    public async Task Cancel_of_an_unknown_job_is_exit_1_with_the_apis_message()
    {
        var run = await CliRunner.RunAsync(Api, "cancel", "fedcba9876543210");

        Assert.True(run.ExitCode == ExitCodes.ApiError, run.ToString());
        Assert.Contains("No crawl job has the id 'fedcba9876543210'", run.Errors);
    }

    [Fact]
    public async Task Show_prints_the_hub_with_role_and_polarity_bars()
    {
        var paper = MostCited();

        var run = await CliRunner.RunAsync(Api, "show", "DOI:" + paper.Doi);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains(paper.Title, run.Console);
        Assert.Contains(paper.PaperId, run.Console);
        Assert.Contains("Roles", run.Console);
        Assert.Contains("Polarity", run.Console);
        foreach (var role in new[] { "background", "method", "comparison", "unclassified" }) Assert.Contains(role, run.Console);
        Assert.Contains("Most common role is", run.Console);
        Assert.Contains("Representative citing papers", run.Console);
        Assert.Contains($"hubcrawler citations {paper.PaperId}", run.Console);
        // The bars themselves: Spectre draws them with block characters.
        Assert.Contains("█", run.Console);
        // Corrected shares say what came from the source and what from the model, with intervals and the model's figures.
        Assert.Matches(@"Roles, corrected \(\d+ from the source, \d+ from the model\)", run.Console);
        Assert.Matches(@"Polarity, corrected \(0 from the source, [1-9]\d* from the model\)", run.Console);
        Assert.Matches(@"supporting \d+% ± ", run.Console);
        Assert.Contains("macro-F1", run.Console);
    }

    [Fact]
    public async Task Show_json_prints_the_apis_json()
    {
        var paper = Graph.Papers[77];

        var run = await CliRunner.RunAsync(Api, "show", "arXiv:" + paper.ArxivId, "--json");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(paper.PaperId, document.RootElement.GetProperty("paperId").GetString());
        Assert.Equal(paper.Title, document.RootElement.GetProperty("metadata").GetProperty("title").GetString());
        Assert.Equal(Graph.CitationsOf(paper.Index).Count, document.RootElement.GetProperty("summary").GetProperty("totalCitations").GetInt32());
        Assert.Equal("", run.Console);
    }

    [Fact]
    public async Task Citations_filters_by_role_pages_and_says_how_to_get_the_next_page()
    {
        var paper = MostCited();
        var all = await CliRunner.RunAsync(Api, "citations", paper.PaperId, "--role", "background", "--limit", "1000", "--json");
        using var allPage = JsonDocument.Parse(all.Output);
        var total = allPage.RootElement.GetProperty("total").GetInt32();
        Assert.True(total > 4, $"the test needs a paper with several background citations, not {total}");

        var text = await CliRunner.RunAsync(Api, "citations", paper.PaperId, "--role", "background", "--limit", "2", "--offset", "2");
        Assert.True(text.ExitCode == ExitCodes.Ok, text.ToString());
        Assert.Contains($"Citations 3–4 of {total} citing {paper.PaperId}", text.Console);
        Assert.Contains($"hubcrawler citations {paper.PaperId} --role background --limit 2 --offset 4", text.Console);
        Assert.DoesNotContain(" method ", text.Console);

        var json = await CliRunner.RunAsync(Api, "citations", paper.PaperId, "--role", "background", "--limit", "2", "--offset", "2", "--json");
        using var page = JsonDocument.Parse(json.Output);
        Assert.Equal(2, page.RootElement.GetProperty("offset").GetInt32());
        var items = page.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal("background", i.GetProperty("role").GetString()));
        Assert.Equal(
            allPage.RootElement.GetProperty("items").EnumerateArray().Skip(2).Take(2).Select(i => i.GetProperty("citingPaperId").ToString()),
            items.Select(i => i.GetProperty("citingPaperId").ToString()));
    }

    [Fact]
    public async Task Citations_all_follows_next_to_the_last_page()
    {
        var paper = MostCited();
        var total = Graph.CitationsOf(paper.Index).Count;

        var json = await CliRunner.RunAsync(Api, "citations", paper.PaperId, "--all", "--limit", "5", "--sort", "year", "--json");

        Assert.True(json.ExitCode == ExitCodes.Ok, json.ToString());
        var pages = json.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line)).ToList();
        Assert.Equal((total + 4) / 5, pages.Count);
        Assert.Equal(total, pages.Sum(p => p.RootElement.GetProperty("items").GetArrayLength()));
        var years = pages.SelectMany(p => p.RootElement.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("year").ValueKind == JsonValueKind.Number ? i.GetProperty("year").GetInt32() : 0).ToList();
        Assert.Equal(years.OrderByDescending(y => y), years);
        pages.ForEach(p => p.Dispose());

        var text = await CliRunner.RunAsync(Api, "citations", paper.PaperId, "--all");
        Assert.Contains($"Citations 1–{total} of {total}", text.Console);
        Assert.DoesNotContain("Next page", text.Console);
    }

    [Theory]
    [InlineData("show", "not-an-id")]
    [InlineData("show", "DOI:10.1/x")]
    [InlineData("show", "arXiv:../../etc/passwd")]
    [InlineData("citations", "PMID:12ab")]
    [InlineData("crawl", "arXiv:2501.00001", "bogus")]
    public async Task A_malformed_id_is_exit_2_and_sends_no_request(params string[] args)
    {
        // A listener that would see any connection the CLI made.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var api = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

        var run = await CliRunner.RunAsync(api, args);

        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        Assert.Contains("error:", run.Errors);
        Assert.Matches("not a paper id|not a DOI|not an arXiv id|not a PMID", run.Errors);
        Assert.False(listener.Pending(), "the CLI connected to the API");
    }

    [Theory]
    [InlineData("crawl")]
    [InlineData("crawl", "arXiv:2501.00001", "--depth", "11")]
    [InlineData("crawl", "arXiv:2501.00001", "--max-papers", "0")]
    [InlineData("citations", "arXiv:2501.00001", "--limit", "0")]
    [InlineData("citations", "arXiv:2501.00001", "--year-from", "2020", "--year-to", "2019")]
    [InlineData("citations", "arXiv:2501.00001", "--role", "praise")]
    [InlineData("export", "0123456789abcdef")]
    [InlineData("export", "0123456789abcdef", "--format", "xlsx")]
    [InlineData("show")]
    [InlineData("frobnicate")]
    public async Task A_usage_error_is_exit_2_with_a_message(params string[] args)
    {
        var run = await CliRunner.RunAsync(new Uri("http://127.0.0.1:1/"), args);

        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        Assert.Contains("error:", run.Errors);
    }

    [Fact]
    public async Task An_api_url_that_is_not_http_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync(["show", "arXiv:2501.00001", "--api", "ftp://example"], new CliSettings());

        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        Assert.Contains("not an http(s) URL", run.Errors);
    }

    [Fact]
    public async Task An_unknown_paper_is_exit_1_with_the_apis_message()
    {
        var run = await CliRunner.RunAsync(Api, "show", "arXiv:9999.99999");

        Assert.True(run.ExitCode == ExitCodes.ApiError, run.ToString());
        Assert.Contains("Not found (404)", run.Errors);
        Assert.Contains("not found", run.Errors);
        Assert.Equal("", run.Console);

        var job = await CliRunner.RunAsync(Api, "status", "0123456789abcdef");
        Assert.True(job.ExitCode == ExitCodes.ApiError, job.ToString());
        Assert.Contains("No crawl job has the id", job.Errors);
    }

    [Fact]
    public async Task An_api_nobody_listens_on_is_exit_3_naming_the_url_and_how_to_start_it()
    {
        var api = new Uri($"http://127.0.0.1:{FreePort.Next()}");

        var run = await CliRunner.RunAsync(api, "show", "arXiv:2501.00001");

        Assert.True(run.ExitCode == ExitCodes.Unreachable, run.ToString());
        Assert.Contains($"cannot reach the HubCrawler API at {api.AbsoluteUri.TrimEnd('/')}", run.Errors);
        Assert.Contains("infra/run-local.sh", run.Errors);
    }

    [Fact]
    public async Task The_api_comes_from_the_environment_when_there_is_no_api_option()
    {
        var paper = Graph.Papers[78];
        var found = await CliRunner.RunAsync(["show", paper.PaperId, "--json"],
            new CliSettings { GetEnvironmentVariable = name => name == CliSettings.ApiVariable ? Api.ToString() : null });
        Assert.True(found.ExitCode == ExitCodes.Ok, found.ToString());

        var down = $"http://127.0.0.1:{FreePort.Next()}";
        var unreachable = await CliRunner.RunAsync(["show", paper.PaperId],
            new CliSettings { GetEnvironmentVariable = name => name == CliSettings.ApiVariable ? down : null });
        Assert.True(unreachable.ExitCode == ExitCodes.Unreachable, unreachable.ToString());
        Assert.Contains(down, unreachable.Errors);

        // --api wins over the environment.
        var both = await CliRunner.RunAsync(["show", paper.PaperId, "--json", "--api", Api.ToString()],
            new CliSettings { GetEnvironmentVariable = name => name == CliSettings.ApiVariable ? down : null });
        Assert.True(both.ExitCode == ExitCodes.Ok, both.ToString());
    }

    [Fact]
    public async Task Status_without_a_job_lists_the_recent_crawls()
    {
        var started = await CliRunner.RunAsync(Api, "crawl", Graph.Papers[145].PaperId, "--depth", "1", "--no-wait");
        var jobId = JobIdIn(started.Console);

        var text = await CliRunner.RunAsync(Api, "status");
        Assert.True(text.ExitCode == ExitCodes.Ok, text.ToString());
        Assert.Contains("Recent crawls", text.Console);
        Assert.Contains(jobId, text.Console);
        Assert.Contains(Graph.Papers[145].PaperId, text.Console);

        var json = await CliRunner.RunAsync(Api, "status", "--json");
        Assert.True(json.ExitCode == ExitCodes.Ok, json.ToString());
        Assert.Contains(jobId, json.Output);
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("graphml")]
    public async Task Export_writes_a_crawls_graph_to_a_file(string format)
    {
        var seed = Graph.Papers[146];
        var crawl = await CliRunner.RunAsync(Api, "crawl", seed.PaperId, "--depth", "1");
        var jobId = JobIdIn(crawl.Console);
        var file = Path.Combine(Path.GetTempPath(), $"hubcrawler-cli-{Guid.NewGuid():N}.{format}");
        try
        {
            var run = await CliRunner.RunAsync(Api, "export", jobId, "--format", format, "--output", file);

            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Contains(file, run.Console);
            var text = await File.ReadAllTextAsync(file);
            Assert.Contains(seed.PaperId, text);
            switch (format)
            {
                case "jsonl":
                    Assert.All(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonDocument.Parse(line).Dispose());
                    break;
                case "csv":
                    Assert.Contains(",", text.Split('\n')[0]);
                    break;
                case "graphml":
                    Assert.Equal("graphml", XDocument.Parse(text).Root!.Name.LocalName);
                    break;
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Export_streams_to_standard_output_and_an_unknown_job_is_exit_1()
    {
        var seed = Graph.Papers[147];
        var crawl = await CliRunner.RunAsync(Api, "crawl", seed.PaperId, "--depth", "1");
        var jobId = JobIdIn(crawl.Console);

        var run = await CliRunner.RunAsync(Api, "export", jobId, "--format", "jsonl");
        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains(seed.PaperId, run.Output);
        Assert.Equal("", run.Console);

        var unknown = await CliRunner.RunAsync(Api, "export", "fedcba9876543210", "--format", "csv");
        Assert.True(unknown.ExitCode == ExitCodes.ApiError, unknown.ToString());
        Assert.Contains("fedcba9876543210", unknown.Errors);
    }

    [Fact]
    public async Task Export_to_a_folder_that_does_not_exist_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync(new Uri("http://127.0.0.1:1/"), "export", "0123456789abcdef", "--format", "csv", "--output", "/nonexistent-folder/x.csv");

        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        Assert.Contains("does not exist", run.Errors);
    }

    private SimPaper MostCited() => Graph.Papers.Where(p => p.Index > 0).MaxBy(p => Graph.CitationsOf(p.Index).Count)!;

    private static string JobIdIn(string console)
    {
        var match = StartedJob().Match(AnsiEscape().Replace(console, ""));
        Assert.True(match.Success, $"no job id in:\n{console}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("Crawl ([0-9a-f]{16}) started")]
    private static partial Regex StartedJob();

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiEscape();
}

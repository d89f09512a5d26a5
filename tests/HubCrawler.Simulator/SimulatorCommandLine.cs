namespace HubCrawler.Simulator;

/// <summary>Options of the standalone simulator, parsed from "--name value" pairs.</summary>
public sealed record SimulatorCommandLine
{
    /// <summary>Default port of the standalone simulator.</summary>
    public const int DefaultPort = 5090;

    /// <summary>Usage text.</summary>
    public const string Usage =
        "Usage: HubCrawler.Simulator [--papers N] [--seed S] [--heavy N] [--mean-references N] [--cycle-rate R]\n" +
        "       [--unresolved-rate R] [--port P] [--latency-ms MS] [--error-rate R] [--429-rate R]\n" +
        "       [--retry-after SECONDS] [--malformed-rate R] [--timeout-above-limit N] [--api-key KEY]\n" +
        "       [--throttle-after N] [--throttle-seconds S] [--throttle-scope semantic-scholar|openalex|all]\n" +
        "       [--batch-max-bytes N] [--openalex-budget CREDITS] [--unresolved-reference-rate R]\n" +
        "       [--preprint-only-rate R] [--citation-paging-cap N] [--citation-repeat-rate R]\n" +
        "       [--openalex-cited-by-extra N] [--arxiv-quirks true|false]\n" +
        "Serves the same graph as Semantic Scholar (/graph/v1/paper/{id}, /graph/v1/paper/{id}/citations|references,\n" +
        "POST /graph/v1/paper/batch), OpenAlex (/openalex/works/{id}, /openalex/works?filter=cites:W…|openalex:W…|doi:10.…),\n" +
        "arXiv abs pages (/arxiv/abs/{arxivId}), OpenCitations (/opencitations/index/v2/citations|references|citation-count|\n" +
        "reference-count/{doi:…|pmid:…|omid:…}) and HubCrawler hub pages (/papers/{id}?offset=&limit=).\n" +
        "--citation-paging-cap N refuses citations/references pages with offset+limit >= N (400, the real API's 10,000);\n" +
        "--citation-repeat-rate R repeats citing papers in citation lists as a list shifting while paged does (real: ~0.013);\n" +
        "--preprint-only-rate R gives that share of papers only arXiv's DataCite DOI 10.48550/arXiv.<id>;\n" +
        "--unresolved-reference-rate R adds references to works outside the graph (null paperId);\n" +
        "--openalex-cited-by-extra N is what cited_by_count adds to the records (default 3); --arxiv-quirks true serves\n" +
        "citation_doi with doi: prefixes or two DOIs and authors with suffixes or TeX braces.\n" +
        "--api-key is checked as x-api-key on Semantic Scholar and as api_key on OpenAlex; pages need none.\n" +
        "--throttle-seconds S answers every request of the scope (default semantic-scholar) 429 without Retry-After for\n" +
        "S seconds, from the request after the first N (--throttle-after, default 0) of that scope.\n" +
        "--batch-max-bytes refuses a batch answer larger than N bytes with 400 (default 10 MB).\n" +
        "--openalex-budget gives OpenAlex a daily credit budget (list call 1, lookup 0) with X-RateLimit-* headers;\n" +
        "spent, list calls get 429 with Retry-After until midnight UTC.\n" +
        "Control while running: POST /sim/faults/throttle?seconds=S[&after=N][&scope=…], DELETE to end, GET /sim/stats.";

    /// <summary>Options of the graph to serve.</summary>
    public SyntheticGraphOptions Graph { get; init; } = new();

    /// <summary>Port to listen on; 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Initial fault knobs.</summary>
    public SimulatorFaults Faults { get; init; } = new();

    /// <summary>Parses the arguments; throws <see cref="FormatException"/> on an unknown option or a bad value.</summary>
    public static SimulatorCommandLine Parse(IReadOnlyList<string> args)
    {
        var graph = new SyntheticGraphOptions();
        var faults = new SimulatorFaults();
        var port = DefaultPort;
        int? throttleAfter = null;
        int? throttleSeconds = null;
        ThrottleScope? throttleScope = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                throw new FormatException($"Option {name} needs a value.");
            }

            var value = args[i + 1];
            switch (name)
            {
                case "--papers": graph = graph with { Papers = Int(name, value) }; break;
                case "--seed": graph = graph with { Seed = Int(name, value) }; break;
                case "--heavy": graph = graph with { HeavyPaperCitations = Int(name, value) }; break;
                case "--mean-references": graph = graph with { MeanReferences = Int(name, value) }; break;
                case "--cycle-rate": graph = graph with { CycleRate = Rate(name, value) }; break;
                case "--unresolved-rate": graph = graph with { UnresolvedCitationRate = Rate(name, value) }; break;
                case "--port": port = Int(name, value); break;
                case "--latency-ms": faults.LatencyMs = Int(name, value); break;
                case "--error-rate": faults.ServerErrorRate = Rate(name, value); break;
                case "--429-rate": faults.TooManyRequestsRate = Rate(name, value); break;
                case "--retry-after": faults.RetryAfterSeconds = Int(name, value); break;
                case "--malformed-rate": faults.MalformedRate = Rate(name, value); break;
                case "--timeout-above-limit": faults.GatewayTimeoutAboveLimit = Int(name, value); break;
                case "--api-key": faults.RequiredApiKey = value; break;
                case "--throttle-after": throttleAfter = NonNegative(name, value); break;
                case "--throttle-seconds": throttleSeconds = Positive(name, value); break;
                case "--throttle-scope": throttleScope = Scope(name, value); break;
                case "--batch-max-bytes": faults.BatchMaxResponseBytes = Positive(name, value); break;
                case "--openalex-budget": faults.OpenAlexDailyBudget = NonNegative(name, value); break;
                case "--unresolved-reference-rate": graph = graph with { UnresolvedReferenceRate = Rate(name, value) }; break;
                case "--preprint-only-rate": graph = graph with { PreprintOnlyRate = Rate(name, value) }; break;
                case "--citation-paging-cap": faults.CitationPagingCap = Positive(name, value); break;
                case "--citation-repeat-rate": faults.CitationRepeatRate = Rate(name, value); break;
                case "--openalex-cited-by-extra": faults.OpenAlexCitedByExtra = Int(name, value); break;
                case "--arxiv-quirks": faults.ArxivQuirks = Bool(name, value); break;
                default: throw new FormatException($"Unknown option {name}.");
            }
        }

        if (throttleSeconds is { } seconds)
        {
            faults.ThrottleAfterRequests(throttleAfter ?? 0, TimeSpan.FromSeconds(seconds), throttleScope ?? ThrottleScope.SemanticScholar);
        }
        else if (throttleAfter is not null || throttleScope is not null)
        {
            throw new FormatException("--throttle-after and --throttle-scope need --throttle-seconds.");
        }

        return new SimulatorCommandLine { Graph = graph, Port = port, Faults = faults };
    }

    private static int Int(string name, string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new FormatException($"Option {name} needs an integer, got '{value}'.");

    private static int NonNegative(string name, string value) =>
        Int(name, value) is var result and >= 0 ? result : throw new FormatException($"Option {name} needs a non-negative integer, got '{value}'.");

    private static int Positive(string name, string value) =>
        Int(name, value) is var result and > 0 ? result : throw new FormatException($"Option {name} needs a positive integer, got '{value}'.");

    private static bool Bool(string name, string value) =>
        bool.TryParse(value, out var result) ? result : throw new FormatException($"Option {name} needs true or false, got '{value}'.");

    private static ThrottleScope Scope(string name, string value) =>
        ThrottleScopeNames.TryParse(value, out var scope)
            ? scope
            : throw new FormatException($"Option {name} needs {ThrottleScopeNames.SemanticScholar}, {ThrottleScopeNames.OpenAlex} or {ThrottleScopeNames.All}, got '{value}'.");

    private static double Rate(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) && result is >= 0 and <= 1
            ? result
            : throw new FormatException($"Option {name} needs a number between 0 and 1, got '{value}'.");
}

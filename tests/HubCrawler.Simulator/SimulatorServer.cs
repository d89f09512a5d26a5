using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace HubCrawler.Simulator;

/// <summary>
/// A Kestrel server on 127.0.0.1 that serves a <see cref="SyntheticGraph"/> through Semantic Scholar Graph API
/// shapes under /graph/v1 (paper search and title match included), OpenAlex shapes under /openalex, arXiv abs pages under /arxiv/abs, the OpenCitations Index API v2 under
/// /opencitations/index/v2 and HubCrawler hub pages under /papers (the same papers in every form), with configurable faults and a log of every request.
/// Its own endpoints: GET /sim/stats (requests by kind, the throttle window, OpenAlex credits), GET /sim/papers/{index}
/// and GET /sim/reachable (oracles), and POST/DELETE/GET /sim/faults/throttle (the sustained throttle window; loopback
/// clients only).
/// </summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private int _disposed;

    private SimulatorServer(WebApplication app, SyntheticGraph graph, SimulatorFaults faults, SimulatorRequestLog log, PaperRevisions revisions, Uri root)
    {
        Revisions = revisions;
        _app = app;
        Graph = graph;
        Faults = faults;
        RequestLog = log;
        Root = root;
    }

    /// <summary>The graph being served.</summary>
    public SyntheticGraph Graph { get; }

    /// <summary>The fault knobs; change them at any time.</summary>
    public SimulatorFaults Faults { get; }

    /// <summary>Papers changed since the graph was built; revise one to change it between two crawls.</summary>
    public PaperRevisions Revisions { get; }

    /// <summary>Every request received, with the status sent.</summary>
    public SimulatorRequestLog RequestLog { get; }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri Root { get; }

    /// <summary>The base URL a Semantic Scholar client should use: http://127.0.0.1:PORT/graph/v1 (no trailing slash).</summary>
    public string SemanticScholarBaseUrl => new Uri(Root, "graph/v1").ToString();

    /// <summary>The base URL an OpenAlex client should use: http://127.0.0.1:PORT/openalex (no trailing slash).</summary>
    public string OpenAlexBaseUrl => new Uri(Root, "openalex").ToString();

    /// <summary>The base URL an arXiv client should use: http://127.0.0.1:PORT/arxiv (no trailing slash); abs pages are at /abs/{id}.</summary>
    public string ArxivBaseUrl => new Uri(Root, "arxiv").ToString();

    /// <summary>The base URL an OpenCitations client should use: http://127.0.0.1:PORT/opencitations/index/v2 (no trailing slash).</summary>
    public string OpenCitationsBaseUrl => new Uri(Root, OpenCitationsHandler.PathPrefix.TrimStart('/')).ToString();

    /// <summary>The base URL a hub HTML client should use: http://127.0.0.1:PORT (no trailing slash); hub pages are at /papers/{id}.</summary>
    public string HubBaseUrl => Root.ToString().TrimEnd('/');

    /// <summary>
    /// Starts serving <paramref name="graph"/> on 127.0.0.1:<paramref name="port"/> (0 picks a free port). Time-based
    /// faults and the request log's timestamps use the clock of <paramref name="faults"/> (<see cref="SimulatorFaults.TimeProvider"/>).
    /// </summary>
    public static async Task<SimulatorServer> StartAsync(SyntheticGraph graph, SimulatorFaults? faults = null, int port = 0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        faults ??= new SimulatorFaults();
        var log = new SimulatorRequestLog();
        var revisions = new PaperRevisions();
        var injector = new FaultInjector(faults);
        var validators = new PaperValidators(faults, revisions);
        var handler = new GraphApiHandler(graph, faults, revisions, injector, validators);
        var search = new GraphSearchHandler(graph, revisions, injector);
        var hubPages = new HubPageHandler(graph, new SimHubs(graph, revisions), injector, validators);
        var openAlex = new OpenAlexHandler(graph, faults, revisions, injector, validators);
        var openCitations = new OpenCitationsHandler(graph, faults, injector);
        var arxiv = new ArxivHandler(graph, faults, revisions, injector, validators);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole();
        builder.Services.AddRoutingCore();

        var app = builder.Build();
        app.Use((context, next) => LogRequestAsync(context, next, log, faults.TimeProvider));
        app.MapGet("/graph/v1/paper/search", (RequestDelegate)search.HandleSearchAsync);
        app.MapGet("/graph/v1/paper/search/match", (RequestDelegate)search.HandleMatchAsync);
        app.MapGet("/graph/v1/paper/{**rest}", (RequestDelegate)handler.HandlePaperRouteAsync);
        app.MapPost("/graph/v1/paper/batch", (RequestDelegate)handler.HandleBatchAsync);
        app.MapGet("/papers/{**id}", (RequestDelegate)hubPages.HandleAsync);
        app.MapGet("/openalex/works", (RequestDelegate)openAlex.HandleListAsync);
        app.MapGet("/openalex/works/{**id}", (RequestDelegate)openAlex.HandleWorkAsync);
        app.MapGet("/arxiv/abs/{**id}", (RequestDelegate)arxiv.HandleAbsAsync);
        app.MapGet(OpenCitationsHandler.PathPrefix + "/{operation}/{**id}", (RequestDelegate)openCitations.HandleAsync);
        app.MapGet("/sim/stats", (RequestDelegate)new SimStatsHandler(graph, faults, log).HandleAsync);
        var throttle = new ThrottleControlHandler(faults);
        app.MapPost("/sim/faults/throttle", (RequestDelegate)throttle.HandleSetAsync);
        app.MapDelete("/sim/faults/throttle", (RequestDelegate)throttle.HandleEndAsync);
        app.MapGet("/sim/faults/throttle", (RequestDelegate)throttle.HandleGetAsync);
        var oracle = new OracleHandler(graph);
        app.MapGet("/sim/papers/{index}", (RequestDelegate)oracle.HandlePaperAsync);
        app.MapGet("/sim/reachable", (RequestDelegate)oracle.HandleReachableAsync);
        app.MapFallback((RequestDelegate)GraphApiHandler.HandleUnknownAsync);

        try
        {
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features
                .GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            var bound = new Uri(address);
            return new SimulatorServer(app, graph, faults, log, revisions, new Uri($"http://127.0.0.1:{bound.Port}/"));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server (waiting at most a few seconds for requests in flight) and releases it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            await _app.StopAsync(timeout.Token);
        }

        await _app.DisposeAsync();
    }

    /// <summary>
    /// Logs the request as its response starts, so a client that has seen the response always finds it in the log;
    /// requests that end without starting a response are logged when the pipeline returns. Its arrival is counted at once.
    /// </summary>
    private static async Task LogRequestAsync(HttpContext context, RequestDelegate next, SimulatorRequestLog log, TimeProvider clock)
    {
        log.CountArrival();
        var tag = new RequestTag
        {
            Kind = context.Request.Path.StartsWithSegments("/sim") ? SimRequestKinds.Simulator : SimRequestKinds.Other,
        };
        context.Features.Set(tag);
        var timestamp = clock.GetUtcNow();
        var logged = 0;
        void Log(int status)
        {
            if (Interlocked.Exchange(ref logged, 1) != 0)
            {
                return;
            }

            var request = context.Request;
            log.Add(new SimRequest(
                timestamp,
                request.Method,
                Uri.UnescapeDataString(request.Path.Value ?? string.Empty),
                request.QueryString.Value ?? string.Empty,
                status,
                request.Headers.UserAgent.Count > 0 ? request.Headers.UserAgent.ToString() : null,
                request.Headers.TryGetValue("x-api-key", out var apiKey) ? apiKey.ToString()
                    : request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null,
                tag.PaperId,
                tag.Kind,
                request.Headers.IfNoneMatch.Count > 0 || request.Headers.IfModifiedSince.Count > 0,
                context.Response.ContentLength ?? 0,
                tag.ThrottledBy));
        }

        context.Response.OnStarting(() =>
        {
            Log(context.Response.StatusCode);
            return Task.CompletedTask;
        });

        try
        {
            await next(context);
            Log(context.Response.StatusCode);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            Log(StatusCodes.Status499ClientClosedRequest);
        }
        catch
        {
            Log(StatusCodes.Status500InternalServerError);
            throw;
        }
    }
}

using System.Runtime.InteropServices;

namespace HubCrawler.Simulator;

/// <summary>Runs the simulator standalone until Ctrl+C or SIGTERM.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        SimulatorCommandLine options;
        SyntheticGraph graph;
        try
        {
            options = SimulatorCommandLine.Parse(args);
            graph = SyntheticGraph.Build(options.Graph);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + SimulatorCommandLine.Usage);
            return 2;
        }

        SimulatorServer server;
        try
        {
            server = await SimulatorServer.StartAsync(graph, options.Faults, options.Port);
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"Cannot listen on port {options.Port}: {e.Message}");
            return 1;
        }

        await using var running = server;
        var sample = graph.Papers[Math.Min(1, graph.Papers.Count - 1)];
        Console.WriteLine($"Simulator listening on {server.SemanticScholarBaseUrl} ({graph.Papers.Count} papers, seed {options.Graph.Seed})");
        Console.WriteLine($"Also serving OpenAlex at {server.OpenAlexBaseUrl}/works, arXiv abs pages at {server.ArxivBaseUrl}/abs/{{id}}, OpenCitations at {server.OpenCitationsBaseUrl}, hub pages at {server.HubBaseUrl}/papers/{{id}}");
        Console.WriteLine($"Sample ids of paper {sample.Index}: {sample.PaperId} arXiv:{sample.ArxivId} DOI:{sample.Doi} OpenAlex:{sample.OpenAlexId}");

        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        await stop.Task;
        return 0;
    }
}

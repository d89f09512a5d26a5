namespace HubCrawler.Simulator;

/// <summary>Thread-safe, append-only record of the requests a <see cref="SimulatorServer"/> received.</summary>
public sealed class SimulatorRequestLog
{
    private readonly Lock _gate = new();
    private readonly List<SimRequest> _requests = [];

    /// <summary>Number of requests logged since the start or the last <see cref="Clear"/>.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count;
            }
        }
    }

    /// <summary>A copy of the log, in the order the responses started.</summary>
    public IReadOnlyList<SimRequest> Snapshot()
    {
        lock (_gate)
        {
            return _requests.ToArray();
        }
    }

    /// <summary>Forgets every logged request.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    internal void Add(SimRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }
}

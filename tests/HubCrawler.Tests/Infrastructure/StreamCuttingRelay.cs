using System.Net.Sockets;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>A TCP relay on loopback in front of an HTTP server that cuts the first connection that carries a server-sent
/// <c>event: status</c> right after relaying it, as a silo going away under an open event stream would.</summary>
public sealed class StreamCuttingRelay : IAsyncDisposable
{
    private static readonly byte[] StatusEvent = Encoding.ASCII.GetBytes("event: status");
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _cut;
    private int _connections;

    public StreamCuttingRelay(Uri target)
    {
        _target = target;
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    public Uri Address { get; }

    /// <summary>Whether the stream was cut.</summary>
    public bool Cut => Volatile.Read(ref _cut) == 1;

    /// <summary>Connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            Interlocked.Increment(ref _connections);
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var downstream = client;
        using var upstream = new TcpClient();
        try
        {
            await upstream.ConnectAsync(_target.Host, _target.Port, _stop.Token);
            using var cutHere = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            var up = Copy(downstream.GetStream(), upstream.GetStream(), watch: false, cutHere);
            var down = Copy(upstream.GetStream(), downstream.GetStream(), watch: true, cutHere);
            await Task.WhenAny(up, down);
            await cutHere.CancelAsync();
        }
        catch (Exception)
        {
            // A closed or cut connection ends its relay; the client sees the connection go.
        }
        downstream.Client.LingerState = new LingerOption(true, 0);
    }

    private async Task Copy(NetworkStream from, NetworkStream to, bool watch, CancellationTokenSource cut)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, cut.Token)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), cut.Token);
            await to.FlushAsync(cut.Token);
            if (watch && buffer.AsSpan(0, read).IndexOf(StatusEvent) >= 0 && Interlocked.CompareExchange(ref _cut, 1, 0) == 0)
            {
                // Reset, not a tidy close: what a process that died leaves behind.
                await cut.CancelAsync();
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }
}

using System.Diagnostics;
using System.Net.Sockets;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>A real Azurite (the project's pinned npm install) on free loopback ports, with its data
/// in a temporary folder; stopped and removed on dispose.</summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process _process;
    private readonly string _dataDirectory;
    private readonly int _queuePort;
    private readonly int _tablePort;
    private readonly AzuriteTls? _tls;

    private AzuriteServer(Process process, string dataDirectory, int blobPort, int queuePort, int tablePort, AzuriteTls? tls)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        BlobPort = blobPort;
        _queuePort = queuePort;
        _tablePort = tablePort;
        _tls = tls;
        var scheme = tls is null ? "http" : "https";
        BlobServiceUri = new Uri($"{scheme}://127.0.0.1:{blobPort}/devstoreaccount1");
        TableServiceUri = new Uri($"{scheme}://127.0.0.1:{tablePort}/devstoreaccount1");
        ConnectionString =
            $"DefaultEndpointsProtocol={scheme};AccountName=devstoreaccount1;AccountKey=" + AccountKey + ";" +
            $"BlobEndpoint={BlobServiceUri};" +
            $"QueueEndpoint={scheme}://127.0.0.1:{queuePort}/devstoreaccount1;" +
            $"TableEndpoint={TableServiceUri};";
    }

    public string ConnectionString { get; }
    public int BlobPort { get; }
    /// <summary>The blob and table services as URIs (the form a deployment on Azure configures).</summary>
    public Uri BlobServiceUri { get; }
    public Uri TableServiceUri { get; }

    /// <param name="tls">Serve HTTPS with this certificate and accept OAuth bearer tokens (<c>--oauth basic</c>: Azurite
    /// checks a token's issuer, audience and lifetime, not its signature); shared-key access keeps working.</param>
    public static async Task<AzuriteServer> StartAsync(AzuriteTls? tls = null)
    {
        var data = Directory.CreateTempSubdirectory("hubcrawler-azurite-").FullName;
        // A free port can be taken by someone else before Azurite binds it; then try other ports.
        for (var attempt = 1; ; attempt++)
        {
            var (blob, queue, table) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
            var server = new AzuriteServer(Launch(data, blob, queue, table, tls), data, blob, queue, table, tls);
            try
            {
                await server.WaitUntilListening(blob, table);
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                server._process.Dispose();
            }
        }
    }

    /// <summary>Stops the storage (SIGTERM, so it saves its data) as in an outage; <see cref="RestartAsync"/> brings it back with the same data.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await term.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        _process.Dispose();
        _process = Launch(_dataDirectory, BlobPort, _queuePort, _tablePort, _tls);
        await WaitUntilListening(BlobPort, _tablePort);
    }

    private static Process Launch(string data, int blob, int queue, int table, AzuriteTls? tls)
    {
        var script = Path.Combine(RepositoryRoot.Path, "infra", "azurite", "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
            throw new InvalidOperationException($"Azurite is not installed at {script}. Run: npm ci --prefix infra/azurite");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     script, "--silent", "--skipApiVersionCheck", "--disableTelemetry", "--location", data,
                     "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(),
                     "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(),
                     "--tableHost", "127.0.0.1", "--tablePort", table.ToString(),
                 })
            start.ArgumentList.Add(argument);
        if (tls is not null)
            foreach (var argument in new[] { "--cert", tls.CertificatePemPath, "--key", tls.KeyPemPath, "--oauth", "basic" })
                start.ArgumentList.Add(argument);

        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilListening(params int[] ports)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        foreach (var port in ports)
        {
            while (true)
            {
                if (_process.HasExited) throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode}");
                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync("127.0.0.1", port);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

using System.Diagnostics;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>A real silo process (the built HubCrawler.Silo, API included) that a test can kill -9; or, given another
/// assembly, the API front end as a process.</summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private SiloProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }
    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;
    public IReadOnlyList<string> Output { get { lock (_output) return _output.ToList(); } }

    /// <summary>The build configuration the tests run in (Debug or Release), which the silo's build output shares.</summary>
    public static string BuildConfiguration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <param name="settings">Passed as <c>--key=value</c> arguments.</param>
    /// <param name="directory">Where the host's files are; the silo's build output by default (a publish folder for the container tests).</param>
    /// <param name="assembly">The host to run: the silo by default, or e.g. HubCrawler.ApiHost.dll.</param>
    /// <param name="environment">Environment variables, as a container would get them (Section__Key).</param>
    public static async Task<SiloProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, string? directory = null,
        string assembly = "HubCrawler.Silo.dll", IReadOnlyDictionary<string, string>? environment = null)
    {
        directory ??= Path.Combine(RepositoryRoot.Path, "silo", "HubCrawler.Silo", "bin", BuildConfiguration, "net10.0");
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(directory, assembly));
        start.ArgumentList.Add($"--urls={address}");
        foreach (var (key, value) in settings) start.ArgumentList.Add($"--{key}={value}");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("the silo did not start");
        var silo = new SiloProcess(process, address);
        process.OutputDataReceived += (_, e) => silo.Record(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await silo.WaitUntilHealthy();
        return silo;
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }

    private async Task WaitUntilHealthy()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"silo exited with {_process.ExitCode}: {string.Join('\n', Output.TakeLast(20))}");
            try
            {
                if ((await http.GetAsync(new Uri(Address, "/health"))).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"silo at {Address} not healthy: {string.Join('\n', Output.TakeLast(20))}");
    }

    /// <summary>kill -9: no shutdown, no goodbye to the cluster.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}

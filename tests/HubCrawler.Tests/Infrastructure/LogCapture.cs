using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>Keeps the last log lines of a running host in memory, for a test to print when it fails. Attach it to a
/// started host with <c>services.GetRequiredService&lt;ILoggerFactory&gt;().AddProvider(capture)</c>; the host's
/// configured levels (<c>Logging:LogLevel:*</c>) still decide what is logged.</summary>
public sealed class LogCapture(int keep = 2000) : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentDictionary<LogLevel, int> _byLevel = new();

    /// <summary>Lines logged so far by level (all of them, not only those kept).</summary>
    public IReadOnlyDictionary<LogLevel, int> ByLevel => _byLevel;

    /// <summary>The last lines logged, oldest first: "level category: message" and the exception if any.</summary>
    public IReadOnlyList<string> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LogLevel level, string line)
    {
        _byLevel.AddOrUpdate(level, 1, (_, n) => n + 1);
        _lines.Enqueue(line);
        while (_lines.Count > keep && _lines.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}";
            capture.Add(logLevel, exception is null ? line : line + Environment.NewLine + exception);
        }
    }
}

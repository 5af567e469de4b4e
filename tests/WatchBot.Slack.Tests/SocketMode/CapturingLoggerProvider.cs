using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WatchBot.Slack.Tests.SocketMode;

/// <summary>Keeps every log line (message, event id, level, exception text) for assertions.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _lines = new();

    public IReadOnlyList<CapturedLog> Lines => [.. _lines];

    /// <summary>Everything logged, as one text: messages, structured values and exceptions.</summary>
    public string AllText => string.Join('\n', _lines.Select(l => l.ToString()));

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(';', pairs.Select(p => $"{p.Key}={p.Value}"))
                : string.Empty;
            owner._lines.Enqueue(new CapturedLog(logLevel, eventId.Id, formatter(state, exception), values, exception?.ToString()));
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WatchBot.Emulators.Fuzz;

/// <summary>
/// A logger provider that keeps every line (level, category, event id, message, whether an
/// exception was attached) for assertions about what a host logged. Messages are capped so a
/// long fuzz run stays small.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private const int Keep = 50_000;

    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>One line: <paramref name="Exception"/> is the attached exception's text (with its stack trace), if any.</summary>
    public sealed record Entry(LogLevel Level, string Category, int EventId, string Message, string? Exception)
    {
        public override string ToString() => $"{Level} {Category}[{EventId}] {Message} {Exception}";
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (owner._entries.Count < Keep)
            {
                owner._entries.Enqueue(new Entry(logLevel, category, eventId.Id, formatter(state, exception), exception?.ToString()));
            }
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WatchBot.Discord.Tests.Gateway.Support;

/// <summary>Keeps every log entry (id, level, rendered message) for assertions.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue(new LogEntry(eventId.Id, logLevel, formatter(state, exception), exception));
}

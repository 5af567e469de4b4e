using Microsoft.Extensions.Logging;

namespace WatchBot.Scheduling.Tests.Support;

/// <summary>Keeps every log entry, so a test can assert (and await) what was reported.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly object _gate = new();
    private readonly List<LogEntry> _entries = [];
    private readonly List<(Func<LogEntry, bool> Match, TaskCompletionSource<LogEntry> Done)> _waiters = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    /// <summary>
    /// Completes with the first entry (already written or still to come) of the category and event id,
    /// within the budget. Both, because Quartz's own event ids overlap ours (its job store logs 3000–3xxx).
    /// </summary>
    public Task<LogEntry> LoggedAsync(string category, int eventId)
    {
        bool Match(LogEntry e) => e.Category == category && e.EventId.Id == eventId;
        lock (_gate)
        {
            var already = _entries.Find(Match);
            if (already is not null)
            {
                return Task.FromResult(already);
            }

            var done = new TaskCompletionSource<LogEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((Match, done));
            return done.Task.Budgeted();
        }
    }

    public void Dispose()
    {
    }

    private void Add(LogEntry entry)
    {
        List<TaskCompletionSource<LogEntry>> done;
        lock (_gate)
        {
            _entries.Add(entry);
            done = [.. _waiters.Where(w => w.Match(entry)).Select(w => w.Done)];
            _waiters.RemoveAll(w => done.Contains(w.Done));
        }

        foreach (var waiter in done)
        {
            waiter.TrySetResult(entry);
        }
    }

    private sealed class Recorder(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add(new LogEntry(category, eventId, logLevel, formatter(state, exception), exception));
    }
}


using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;

namespace WatchBot.Testing;

/// <summary>
/// Session timers on a <see cref="FakeTimeProvider"/>: armed timers fire (calling the handler)
/// when the test advances the clock past them. Same replace-by-(session, kind) rule as Quartz's.
/// </summary>
public sealed class ManualSessionTimers(FakeTimeProvider time) : ISessionTimers
{
    private readonly ConcurrentDictionary<(SessionId, TimerKind), ITimer> _armed = new();
    private readonly ConcurrentQueue<SessionTimer> _history = new();

    /// <summary>Set before use: usually the coordinator under test.</summary>
    public ISessionTimerHandler? Handler { get; set; }

    /// <summary>Every timer ever armed, in order.</summary>
    public IReadOnlyCollection<SessionTimer> History => [.. _history];

    public int ArmedCount => _armed.Count;

    public Task ArmAsync(SessionTimer timer, CancellationToken cancellationToken)
    {
        _history.Enqueue(timer);
        var due = timer.DueAt - time.GetUtcNow();
        var created = time.CreateTimer(_ => Fire(timer), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (_armed.TryGetValue((timer.SessionId, timer.Kind), out var previous))
        {
            previous.Dispose();
        }

        // Started only once it is on the books: FakeTimeProvider fires a timer that is already due
        // at once, on this thread.
        _armed[(timer.SessionId, timer.Kind)] = created;
        created.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public Task DisarmAsync(SessionId sessionId, CancellationToken cancellationToken)
    {
        foreach (var key in _armed.Keys.Where(k => k.Item1 == sessionId))
        {
            if (_armed.TryRemove(key, out var timer))
            {
                timer.Dispose();
            }
        }

        return Task.CompletedTask;
    }

    private void Fire(SessionTimer timer)
    {
        _armed.TryRemove((timer.SessionId, timer.Kind), out _);

        // Fired on the advancing thread; the handler's work is synchronous against in-memory fakes.
        Handler?.OnTimerAsync(timer, CancellationToken.None).GetAwaiter().GetResult();
    }
}

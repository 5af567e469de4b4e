using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using WatchBot.Core.Kernel;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;

namespace WatchBot.Testing;

/// <summary>
/// Timers on a <see cref="FakeTimeProvider"/>: armed timers fire (calling the handler) when the test
/// advances the clock past them. Same replace-by-(aggregate, kind) rule as Quartz's.
/// </summary>
public sealed class ManualSessionTimers(FakeTimeProvider time) : ITimers
{
    private readonly ConcurrentDictionary<(AggregateKey, string), ITimer> _armed = new();
    private readonly ConcurrentQueue<AggregateTimer> _history = new();

    /// <summary>Set before use: usually the coordinator under test.</summary>
    public ITimerHandler? Handler { get; set; }

    /// <summary>Every session timer ever armed, in order.</summary>
    public IReadOnlyCollection<SessionTimer> History =>
        [.. _history.Select(t => SessionTimer.TryFrom(t, out var session) ? session : null).OfType<SessionTimer>()];

    public int ArmedCount => _armed.Count;

    public Task ArmAsync(AggregateTimer timer, CancellationToken cancellationToken)
    {
        _history.Enqueue(timer);
        var due = timer.DueAt - time.GetUtcNow();
        var created = time.CreateTimer(_ => Fire(timer), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (_armed.TryGetValue((timer.Aggregate, timer.Kind), out var previous))
        {
            previous.Dispose();
        }

        // Started only once it is on the books: FakeTimeProvider fires a timer that is already due
        // at once, on this thread.
        _armed[(timer.Aggregate, timer.Kind)] = created;
        created.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public Task DisarmAsync(AggregateKey aggregate, IReadOnlyCollection<string> kinds, CancellationToken cancellationToken)
    {
        foreach (var key in _armed.Keys.Where(k => k.Item1 == aggregate && kinds.Contains(k.Item2)))
        {
            if (_armed.TryRemove(key, out var timer))
            {
                timer.Dispose();
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>What the coordinator does when a session pauses or ends: its timers go.</summary>
    public Task DisarmAsync(SessionId sessionId, CancellationToken cancellationToken) =>
        DisarmAsync(sessionId.Aggregate, SessionTimer.KindNames, cancellationToken);

    private void Fire(AggregateTimer timer)
    {
        _armed.TryRemove((timer.Aggregate, timer.Kind), out _);

        // Fired on the advancing thread; the handler's work is synchronous against in-memory fakes.
        Handler?.OnTimerAsync(timer, CancellationToken.None).GetAwaiter().GetResult();
    }
}

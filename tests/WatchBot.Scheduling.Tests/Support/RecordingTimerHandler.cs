using WatchBot.Core.Kernel;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;

namespace WatchBot.Scheduling.Tests.Support;

/// <summary>The coordinator's stand-in: records every fired session timer and lets a test await one.</summary>
internal sealed class RecordingTimerHandler : ITimerHandler
{
    private readonly object _gate = new();
    private readonly List<SessionTimer> _fired = [];
    private readonly List<(Func<SessionTimer, bool> Match, TaskCompletionSource<SessionTimer> Done)> _waiters = [];

    public IReadOnlyList<SessionTimer> Fired
    {
        get
        {
            lock (_gate)
            {
                return [.. _fired];
            }
        }
    }

    public string AggregateKind => SessionId.AggregateKind;

    public Task OnTimerAsync(AggregateTimer fired, CancellationToken cancellationToken)
    {
        // A job whose kind names no session timer reaches the coordinator too, which ignores it; record what it would act on.
        if (!SessionTimer.TryFrom(fired, out var timer))
        {
            return Task.CompletedTask;
        }

        List<TaskCompletionSource<SessionTimer>> done;
        lock (_gate)
        {
            _fired.Add(timer);
            done = [.. _waiters.Where(w => w.Match(timer)).Select(w => w.Done)];
            _waiters.RemoveAll(w => done.Contains(w.Done));
        }

        foreach (var waiter in done)
        {
            waiter.TrySetResult(timer);
        }

        return Task.CompletedTask;
    }

    /// <summary>Completes with the first timer (already fired or still to come) that matches, within the budget.</summary>
    public Task<SessionTimer> FiredAsync(Func<SessionTimer, bool> match)
    {
        lock (_gate)
        {
            var already = _fired.Find(t => match(t));
            if (already is not null)
            {
                return Task.FromResult(already);
            }

            var done = new TaskCompletionSource<SessionTimer>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));
            return done.Task.Budgeted();
        }
    }

    public Task<SessionTimer> FiredAsync(SessionTimer timer) => FiredAsync(t => t == timer);
}

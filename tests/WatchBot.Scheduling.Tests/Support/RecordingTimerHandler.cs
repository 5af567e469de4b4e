using WatchBot.Core.Rules;
using WatchBot.Engine.Ports;

namespace WatchBot.Scheduling.Tests.Support;

/// <summary>The coordinator's stand-in: records every fired timer and lets a test await one.</summary>
internal sealed class RecordingTimerHandler : ISessionTimerHandler
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

    public Task OnTimerAsync(SessionTimer timer, CancellationToken cancellationToken)
    {
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

using WatchBot.Core.Kernel;
using WatchBot.Scheduling.Tests.Support;

namespace WatchBot.Scheduling.Tests.Postgres;

/// <summary>
/// Every firing of the <see cref="Kind"/> timers in a test's cluster, by node: the nodes run in one
/// process, so one record sees all of them. The first firing can be made to hang (ignoring
/// cancellation) until released, which is what a process that froze or was killed mid-firing looks
/// like to the database: a firing that never completes.
/// </summary>
internal sealed class FleetFirings
{
    public const string Kind = "fleet";

    private readonly object _gate = new();
    private readonly List<(string Node, AggregateTimer Timer)> _firings = [];
    private readonly List<(Func<IReadOnlyList<(string Node, AggregateTimer Timer)>, bool> Done, TaskCompletionSource Signal)> _waiters = [];
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly bool _hangFirst;

    public FleetFirings(bool hangFirst = false)
    {
        _hangFirst = hangFirst;
        if (!hangFirst)
        {
            _release.SetResult();
        }
    }

    public IReadOnlyList<(string Node, AggregateTimer Timer)> Firings
    {
        get
        {
            lock (_gate)
            {
                return [.. _firings];
            }
        }
    }

    public static AggregateTimer Timer(string id, DateTimeOffset dueAt) => new(new AggregateKey(Kind, id), "Due", dueAt, dueAt);

    /// <summary>The handler one node registers: its firings are recorded under its name.</summary>
    public Handler For(string node) => new(this, node);

    /// <summary>Completes once the recorded firings satisfy <paramref name="done"/> (checked after each firing).</summary>
    public Task WhenAsync(Func<IReadOnlyList<(string Node, AggregateTimer Timer)>, bool> done)
    {
        lock (_gate)
        {
            if (done(_firings))
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((done, signal));
            return signal.Task.Budgeted();
        }
    }

    /// <summary>Lets the hanging firing finish (at the end of a test, so its thread ends).</summary>
    public void Release() => _release.TrySetResult();

    private async Task OnFiredAsync(string node, AggregateTimer timer)
    {
        bool hang;
        List<TaskCompletionSource> done;
        lock (_gate)
        {
            hang = _hangFirst && _firings.Count == 0;
            _firings.Add((node, timer));
            done = [.. _waiters.Where(w => w.Done(_firings)).Select(w => w.Signal)];
            _waiters.RemoveAll(w => done.Contains(w.Signal));
        }

        foreach (var signal in done)
        {
            signal.TrySetResult();
        }

        if (hang)
        {
            // Deliberately deaf to cancellation: a killed process finishes nothing.
            await _release.Task;
        }
    }

    /// <summary>One node's <see cref="WatchBot.Engine.Ports.ITimerHandler"/> for the fleet's timers.</summary>
    internal sealed class Handler(FleetFirings owner, string node) : WatchBot.Engine.Ports.ITimerHandler
    {
        public string AggregateKind => Kind;

        public Task OnTimerAsync(AggregateTimer timer, CancellationToken cancellationToken) => owner.OnFiredAsync(node, timer);
    }
}

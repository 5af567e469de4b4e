using WatchBot.Core.Views;

namespace WatchBot.Contract.Tests.Framework;

/// <summary>
/// Every channel view the engine handed a platform, in order, kept across restarts of the host. A
/// test waits for a count here (signalled on each view, never polled) before it looks at what the
/// platform received.
/// </summary>
public sealed class ViewLog
{
    private readonly Lock _gate = new();
    private readonly List<ChannelView> _views = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

    public IReadOnlyList<ChannelView> Views
    {
        get
        {
            lock (_gate)
            {
                return [.. _views];
            }
        }
    }

    public void Add(ChannelView view)
    {
        lock (_gate)
        {
            _views.Add(view);
            foreach (var waiter in _waiters.Where(w => w.Count <= _views.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> views were shown; fails after the emulators' patience.</summary>
    public async Task WaitForAsync(int count)
    {
        Task done;
        lock (_gate)
        {
            if (_views.Count >= count)
            {
                return;
            }

            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, waiter));
            done = waiter.Task;
        }

        try
        {
            await done.WaitAsync(WatchBot.Emulators.EmulatorAssembly.Patience, TimeProvider.System);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Expected {count} views, the engine showed {Views.Count}.");
        }
    }
}

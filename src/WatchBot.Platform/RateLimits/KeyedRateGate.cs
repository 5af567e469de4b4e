namespace WatchBot.Platform.RateLimits;

/// <summary>
/// One sliding-window limit per key (Discord's global ceiling, a Slack workspace's method tier, a
/// Slack channel's posts): <see cref="WaitAsync"/> hands out places in arrival order per key, keys
/// never wait for each other, and <see cref="Block"/> holds a key back for a platform's Retry-After.
/// </summary>
/// <remarks>
/// A platform counts a request when it arrives, somewhere between our send and its answer, and the
/// network can bunch arrivals. So a place is held from the moment the request may go until one
/// window after its answer (<see cref="RateLease"/> disposed): then no N+1 requests can arrive within
/// one window, however they travel. Idle keys are forgotten, so per-channel keys do not pile up.
/// </remarks>
public sealed partial class KeyedRateGate : IDisposable
{
    private readonly TimeProvider _time;
    private readonly Func<string, RateLimit> _limitOf;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, RateKeyState> _keys = new(StringComparer.Ordinal);

    /// <param name="time">The clock windows are measured on.</param>
    /// <param name="limitOf">The limit of a key, asked when the key is first used and again at each <see cref="Retune"/>.</param>
    public KeyedRateGate(TimeProvider time, Func<string, RateLimit> limitOf)
    {
        _time = time;
        _limitOf = limitOf;
    }

    /// <summary>Places of <paramref name="key"/> taken now: in flight, or answered less than a window ago.</summary>
    public int Taken(string key)
    {
        lock (_lock)
        {
            if (!_keys.TryGetValue(key, out var state))
            {
                return 0;
            }

            state.Prune(_time.GetUtcNow());
            return state.Taken;
        }
    }

    /// <summary>Keys with something waiting, held or blocked (for tests and diagnostics).</summary>
    public int KnownKeys
    {
        get
        {
            lock (_lock)
            {
                return _keys.Count;
            }
        }
    }

    /// <summary>Waits for a place under <paramref name="key"/>'s limit, after every earlier caller of that key.</summary>
    public Task<RateLease> WaitAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var waiter = new TaskCompletionSource<RateLease>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            StateOf_NeedsLock(key).Waiters.Enqueue(waiter);
            Grant_NeedsLock(key);
        }

        if (waiter.Task.IsCompleted || !cancellationToken.CanBeCanceled)
        {
            return waiter.Task;
        }

        // A cancelled waiter stays queued, completed; granting again skips it and may forget the key.
        var registration = cancellationToken.Register(() =>
        {
            if (waiter.TrySetCanceled(cancellationToken))
            {
                Wake(key);
            }
        });
        _ = waiter.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return waiter.Task;
    }

    /// <summary>The platform said "wait <paramref name="retryAfter"/>" for <paramref name="key"/>: nothing of it goes before then.</summary>
    public void Block(string key, TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var state = StateOf_NeedsLock(key);
            var until = _time.GetUtcNow() + retryAfter;
            if (until > state.BlockedUntil)
            {
                state.BlockedUntil = until;
            }

            Grant_NeedsLock(key);
        }
    }

    /// <summary>
    /// Asks every known key's limit again (a fleet's share of a budget changed): a raised limit grants
    /// waiters at once; a lowered one lets nothing more through until enough places have freed.
    /// </summary>
    public void Retune()
    {
        lock (_lock)
        {
            foreach (var key in _keys.Keys.ToList())
            {
                _keys[key].Limit = _limitOf(key).Validated();
                Grant_NeedsLock(key);
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var state in _keys.Values)
            {
                state.Wake?.Dispose();
                foreach (var waiter in state.Waiters)
                {
                    waiter.TrySetCanceled();
                }
            }

            _keys.Clear();
        }
    }

    internal void Release(string key)
    {
        lock (_lock)
        {
            if (_keys.TryGetValue(key, out var state))
            {
                state.InFlight--;
                state.HeldUntil.Enqueue(_time.GetUtcNow() + state.Limit.Window);
                Grant_NeedsLock(key);
            }
        }
    }

    private RateKeyState StateOf_NeedsLock(string key)
    {
        if (!_keys.TryGetValue(key, out var state))
        {
            state = new RateKeyState(_limitOf(key).Validated());
            _keys[key] = state;
        }

        return state;
    }
}

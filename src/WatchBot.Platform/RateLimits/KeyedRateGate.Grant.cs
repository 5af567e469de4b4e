namespace WatchBot.Platform.RateLimits;

public sealed partial class KeyedRateGate
{
    /// <summary>Hands free places to waiters in order, then times the next place to free up.</summary>
    private void Grant_NeedsLock(string key)
    {
        if (!_keys.TryGetValue(key, out var state))
        {
            return;
        }

        var now = _time.GetUtcNow();
        state.Prune(now);
        while (state.Waiters.Count > 0 && now >= state.BlockedUntil && state.Taken < state.Limit.Count)
        {
            if (state.Waiters.Dequeue().TrySetResult(new RateLease(this, key)))
            {
                state.InFlight++;
            }
        }

        state.Prune(now);
        if (state.IsIdle(now))
        {
            state.Wake?.Dispose();
            _keys.Remove(key);
            return;
        }

        // Waiters wake when the block ends or the oldest place frees (with every place in flight, the
        // next release grants). Without waiters the key wakes once everything has freed, to be forgotten.
        DateTimeOffset? next = state.Waiters.Count > 0
            ? (now < state.BlockedUntil ? state.BlockedUntil : state.HeldUntil.Count > 0 ? state.HeldUntil.Peek() : null)
            : state.InFlight == 0 ? Later(state.BlockedUntil, state.HeldUntil.Count > 0 ? state.HeldUntil.Last() : now)
            : null;
        if (next is not { } due)
        {
            state.Wake?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        // Never zero: a timer created already due would fire here, inside the lock.
        var delay = due - now > TimeSpan.FromMilliseconds(1) ? due - now : TimeSpan.FromMilliseconds(1);
        state.Wake ??= _time.CreateTimer(k => Wake((string)k!), key, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        state.Wake.Change(delay, Timeout.InfiniteTimeSpan);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private void Wake(string key)
    {
        lock (_lock)
        {
            Grant_NeedsLock(key);
        }
    }
}

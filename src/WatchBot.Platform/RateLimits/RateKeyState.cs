namespace WatchBot.Platform.RateLimits;

/// <summary>What <see cref="KeyedRateGate"/> knows about one key; touched only under the gate's lock.</summary>
internal sealed class RateKeyState(RateLimit limit)
{
    /// <summary>The key's limit; changed at run time by <see cref="KeyedRateGate.Retune"/>.</summary>
    public RateLimit Limit { get; set; } = limit;

    /// <summary>Callers in arrival order; a cancelled one stays queued, completed, and is skipped.</summary>
    public Queue<TaskCompletionSource<RateLease>> Waiters { get; } = new();

    /// <summary>When each answered request's place frees up, oldest first.</summary>
    public Queue<DateTimeOffset> HeldUntil { get; } = new();

    public int InFlight { get; set; }

    public DateTimeOffset BlockedUntil { get; set; } = DateTimeOffset.MinValue;

    public ITimer? Wake { get; set; }

    public int Taken => InFlight + HeldUntil.Count;

    public void Prune(DateTimeOffset now)
    {
        while (HeldUntil.Count > 0 && HeldUntil.Peek() <= now)
        {
            HeldUntil.Dequeue();
        }

        while (Waiters.Count > 0 && Waiters.Peek().Task.IsCompleted)
        {
            Waiters.Dequeue();
        }
    }

    /// <summary>Nothing waits, nothing is held or blocked: the key can be forgotten.</summary>
    public bool IsIdle(DateTimeOffset now) => Waiters.Count == 0 && Taken == 0 && now >= BlockedUntil;
}

namespace WatchBot.Platform.RateLimits;

/// <summary>
/// This instance's share of a budget that the whole fleet shares (Discord's requests per second per
/// bot token): the total divided by the live instances, rounded down, at least one. A newcomer that
/// finds others alive sends nothing for one instance lease (<see cref="PausedUntil"/>), so the others
/// have lowered their shares before it takes its own; when an instance dies, its share returns to the
/// survivors once its lease lapses. Alone (SQLite, one process) the share is the whole total.
/// </summary>
public sealed class FleetBudget(int total)
{
    private readonly Lock _lock = new();
    private int _live = 1;

    /// <summary>The budget of the whole fleet.</summary>
    public int Total { get; } = total >= 1 ? total : throw new ArgumentOutOfRangeException(nameof(total), "A budget is at least 1.");

    /// <summary>Live instances, this one included, as last seen.</summary>
    public int Live
    {
        get
        {
            lock (_lock)
            {
                return _live;
            }
        }
    }

    /// <summary>This instance's ceiling now.</summary>
    public int Share => Math.Max(1, Total / Live);

    /// <summary>Until when this instance sends nothing (a newcomer's wait); <see cref="DateTimeOffset.MinValue"/> when it may send.</summary>
    public DateTimeOffset PausedUntil { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Raised after the share or the pause changed (the rate gate asks again).</summary>
    public event Action? Changed;

    /// <summary>
    /// What the heartbeat saw: <paramref name="live"/> instances seen within <paramref name="lease"/>,
    /// this one included. On the first beat (<paramref name="first"/>) with others alive, pauses until
    /// <paramref name="now"/> + <paramref name="lease"/>.
    /// </summary>
    public void Seen(int live, bool first, DateTimeOffset now, TimeSpan lease)
    {
        var changed = false;
        lock (_lock)
        {
            live = Math.Max(1, live);
            if (live != _live)
            {
                _live = live;
                changed = true;
            }

            if (first && live > 1)
            {
                PausedUntil = now + lease;
                changed = true;
            }
        }

        if (changed)
        {
            Changed?.Invoke();
        }
    }
}

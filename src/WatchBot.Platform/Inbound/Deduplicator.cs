namespace WatchBot.Platform.Inbound;

/// <summary>
/// Lets each key through once within its window: an interaction id a signed request may replay, an
/// event Slack retries, an envelope redelivered on a new connection, a double click. Windows run on
/// the injected <see cref="TimeProvider"/>; a repeat does not extend one. Memory is bounded: expired
/// keys are dropped as new ones arrive, and past <paramref name="capacity"/> the oldest go first.
/// </summary>
/// <param name="time">The clock windows are measured on.</param>
/// <param name="capacity">The most keys remembered at once (at least 1).</param>
public sealed class Deduplicator(TimeProvider time, int capacity)
{
    /// <summary>A window that never closes: the key is forgotten only when capacity pushes it out.</summary>
    public static readonly TimeSpan Forever = TimeSpan.MaxValue;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);

    // Arrival order. A key seen again after it expired is queued again; its older entry is skipped
    // when it comes out, because the dictionary then holds a different instant for it.
    private readonly Queue<(string Key, DateTimeOffset Until)> _order = new();

    /// <summary>The most keys remembered at once.</summary>
    public int Capacity { get; } = capacity >= 1 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), "At least one key must fit.");

    /// <summary>Keys currently remembered (expired ones may linger until the next call).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _until.Count;
            }
        }
    }

    /// <summary>True the first time <paramref name="key"/> is seen within <paramref name="window"/>; false for a repeat.</summary>
    public bool FirstTime(string key, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            Forget_NeedsLock(now);
            if (_until.TryGetValue(key, out var until) && until > now)
            {
                return false;
            }

            var end = window >= DateTimeOffset.MaxValue - now ? DateTimeOffset.MaxValue : now + window;
            _until[key] = end;
            _order.Enqueue((key, end));
            return true;
        }
    }

    /// <summary>Drops expired keys from the front and, when full, the oldest, leaving room for one more.</summary>
    private void Forget_NeedsLock(DateTimeOffset now)
    {
        while (_order.Count > 0 && (_order.Peek().Until <= now || _order.Count >= Capacity))
        {
            var (key, until) = _order.Dequeue();
            if (_until.TryGetValue(key, out var current) && current == until)
            {
                _until.Remove(key);
            }
        }
    }
}

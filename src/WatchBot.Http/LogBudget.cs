namespace WatchBot.Http;

/// <summary>
/// Lets a noisy kind of log line through at most <c>capacity</c> times per <c>window</c>; the rest
/// are counted, and the next line let through says how many were held back. Anyone on the internet
/// can send oversized or stalled requests, and each must not cost a log line.
/// </summary>
public sealed class LogBudget(TimeProvider time, int capacity, TimeSpan window)
{
    private readonly object _gate = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _used;
    private int _held;

    /// <summary>True when a line may be written now; <paramref name="heldBack"/> is how many were dropped since the last one.</summary>
    public bool TryTake(out int heldBack)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (now - _windowStart >= window)
            {
                _windowStart = now;
                _used = 0;
            }

            if (_used < capacity)
            {
                _used++;
                heldBack = _held;
                _held = 0;
                return true;
            }

            _held++;
            heldBack = 0;
            return false;
        }
    }
}

namespace WatchBot.Slack.Api;

/// <summary>
/// A token bucket that hands out waiting times instead of refusing: each caller reserves the next
/// slot (the balance may go negative) and waits until it comes, so callers keep their order.
/// </summary>
internal sealed class RateGate(int capacity, TimeSpan interval, TimeProvider time)
{
    private readonly Lock _gate = new();
    private double _tokens = capacity;
    private DateTimeOffset _last = time.GetUtcNow();

    /// <summary>Reserves one slot; returns how long to wait before using it.</summary>
    public TimeSpan Reserve()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now > _last)
            {
                _tokens = Math.Min(capacity, _tokens + ((now - _last) / interval));
                _last = now;
            }

            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : -_tokens * interval;
        }
    }
}

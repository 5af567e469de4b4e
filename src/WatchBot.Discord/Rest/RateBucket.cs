namespace WatchBot.Discord.Rest;

/// <summary>
/// One Discord rate-limit bucket (bucket hash + top-level resource). Requests in a bucket go one at a
/// time (<see cref="Gate"/>), so <c>Remaining</c> read from one response is true for the next request.
/// </summary>
internal sealed class RateBucket
{
    private static readonly TimeSpan SafetyMargin = TimeSpan.FromMilliseconds(25);
    private readonly object _lock = new();
    private int _remaining = 1;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    /// <summary>Held while a request of this bucket is in flight (including its 429 retries).</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>How long to wait before the next request may go: zero while requests remain.</summary>
    public TimeSpan WaitAt(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _remaining > 0 || now >= _resetAt ? TimeSpan.Zero : _resetAt - now;
        }
    }

    /// <summary>From a response's <c>X-RateLimit-Remaining</c> and <c>X-RateLimit-Reset-After</c>.</summary>
    public void Update(int remaining, TimeSpan resetAfter, DateTimeOffset now)
    {
        lock (_lock)
        {
            _remaining = remaining;

            // Reset-After is rounded to milliseconds and measured on Discord's side before the
            // response travelled: a little margin keeps us from arriving a moment too soon.
            _resetAt = now + resetAfter + SafetyMargin;
        }
    }

    /// <summary>After a per-route 429: nothing left until <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(TimeSpan retryAfter, DateTimeOffset now) => Update(0, retryAfter, now);

    /// <summary>Copies what this bucket knows into <paramref name="other"/> (when the bucket hash becomes known).</summary>
    public void CopyTo(RateBucket other, DateTimeOffset now)
    {
        lock (_lock)
        {
            other.Update(_remaining, _resetAt > now ? _resetAt - now : TimeSpan.Zero, now);
        }
    }
}

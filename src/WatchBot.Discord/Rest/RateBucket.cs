namespace WatchBot.Discord.Rest;

/// <summary>
/// One Discord rate-limit bucket (bucket hash + top-level resource). Requests in a bucket go one at a
/// time (<see cref="Gate"/>), so <c>Remaining</c> read from one response is true for the next request.
/// Discord counts a bucket per bot token, not per process: when several instances share the token
/// (<paramref name="sharers"/> live instances), each keeps to its share of the bucket's limit per
/// window, <c>Limit / sharers</c> (at least one), so that together they never exceed it; each
/// instance only sees the others' sends afterwards, in <c>Remaining</c>, which is too late to avoid a 429.
/// </summary>
/// <param name="sharers">How many instances send under this bot token now (one when alone).</param>
internal sealed class RateBucket(Func<int>? sharers = null)
{
    private static readonly TimeSpan SafetyMargin = TimeSpan.FromMilliseconds(25);
    private readonly object _lock = new();
    private int _remaining = 1;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;
    private int _limit;
    private double? _window;
    private int _sentInWindow;

    /// <summary>Held while a request of this bucket is in flight (including its 429 retries).</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>How long to wait before the next request may go: zero while requests remain (of this instance's share, in a fleet).</summary>
    public TimeSpan WaitAt(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (now >= _resetAt)
            {
                return TimeSpan.Zero;
            }

            return _remaining <= 0 || _sentInWindow >= ShareNeedsLock() ? _resetAt - now : TimeSpan.Zero;
        }
    }

    /// <summary>
    /// From a response's rate-limit headers. <paramref name="counted"/>: the request was admitted (not a
    /// 429), so it took one of this window's requests; the window is told apart by <c>X-RateLimit-Reset</c>
    /// (the same instant for every answer in one window), or without it by whether the last known reset had passed.
    /// </summary>
    public void Update(RateHeaders headers, bool counted, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        lock (_lock)
        {
            var sameWindow = headers.Window is not null ? headers.IsWindow(_window) : now < _resetAt;
            _sentInWindow = (sameWindow ? _sentInWindow : 0) + (counted ? 1 : 0);
            _window = headers.Window;
            _remaining = headers.Remaining;
            if (headers.Limit > 0)
            {
                _limit = headers.Limit;
            }

            // Reset-After is rounded to milliseconds and measured on Discord's side before the
            // response travelled: a little margin keeps us from arriving a moment too soon.
            _resetAt = now + headers.ResetAfter + SafetyMargin;
        }
    }

    /// <summary>After a per-route 429: nothing left until <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(TimeSpan retryAfter, DateTimeOffset now)
    {
        lock (_lock)
        {
            _remaining = 0;
            _resetAt = now + retryAfter + SafetyMargin;
        }
    }

    /// <summary>Copies what this bucket knows into <paramref name="other"/> (when the bucket hash becomes known).</summary>
    public void CopyTo(RateBucket other, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(other);
        lock (_lock)
        {
            lock (other._lock)
            {
                other._remaining = _remaining;
                other._resetAt = _resetAt > now ? _resetAt : now;
                other._limit = _limit;
                other._window = _window;
                other._sentInWindow = _sentInWindow;
            }
        }
    }

    /// <summary>This instance's requests per window: the whole limit alone, or while the limit is unknown (one request finds it out).</summary>
    private int ShareNeedsLock()
    {
        var live = sharers?.Invoke() ?? 1;
        return live <= 1 || _limit <= 0 ? int.MaxValue : Math.Max(1, _limit / live);
    }
}

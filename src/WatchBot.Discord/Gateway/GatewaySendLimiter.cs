namespace WatchBot.Discord.Gateway;

/// <summary>
/// Discord closes a connection that sends more than 120 events in 60 s. WatchBot sends only
/// identify/resume and heartbeats, so this never waits in practice; it is the guard rail for any
/// later sender. Sliding window, one per connection.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time, int limit = 120, TimeSpan? window = null)
{
    private readonly TimeSpan _window = window ?? TimeSpan.FromSeconds(60);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _gate = new();

    /// <summary>Zero when a send may go now (and counts it), else how long to wait before asking again.</summary>
    public TimeSpan TryAcquire()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            while (_sent.Count > 0 && _sent.Peek() <= now - _window)
            {
                _sent.Dequeue();
            }

            if (_sent.Count < limit)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            return _sent.Peek() + _window - now;
        }
    }

    public async Task WaitAsync(Action<TimeSpan>? onWait, CancellationToken cancellationToken)
    {
        for (var wait = TryAcquire(); wait > TimeSpan.Zero; wait = TryAcquire())
        {
            onWait?.Invoke(wait);
            await Task.Delay(wait, time, cancellationToken);
        }
    }
}

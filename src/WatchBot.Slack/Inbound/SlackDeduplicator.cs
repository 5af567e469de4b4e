using System.Collections.Concurrent;

namespace WatchBot.Slack.Inbound;

/// <summary>
/// Remembers keys (event ids, trigger ids, clicks) for a while so a retry or a double click is
/// handled once. Bounded: old entries are swept as new ones arrive.
/// </summary>
internal sealed class SlackDeduplicator(TimeProvider time)
{
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private int _added;

    /// <summary>True the first time <paramref name="key"/> is seen within <paramref name="window"/>; false for a repeat.</summary>
    public bool FirstTime(string key, TimeSpan window)
    {
        var now = time.GetUtcNow();
        var fresh = false;
        _seen.AddOrUpdate(
            key,
            _ =>
            {
                fresh = true;
                return now + window;
            },
            (_, until) =>
            {
                fresh = until <= now;
                return fresh ? now + window : until;
            });

        if (fresh && Interlocked.Increment(ref _added) % SweepEvery == 0)
        {
            foreach (var (k, until) in _seen)
            {
                if (until <= now)
                {
                    _seen.TryRemove(k, out _);
                }
            }
        }

        return fresh;
    }
}

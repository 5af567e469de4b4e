using System.Collections.Concurrent;
using WatchBot.Core.Kernel;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// The latest cause per channel while it can still reach its person (a Discord interaction token, a
/// Slack response_url): the <see cref="ISendCauseSource"/> both adapters need, written once. Each
/// adapter keeps its own way to remember a cause and the lifetime its platform grants.
/// </summary>
public abstract class RecentCauses(TimeProvider time, TimeSpan lifetime) : ISendCauseSource
{
    // Entries are overwritten per channel; expired ones are swept now and then so the book stays small.
    private readonly ConcurrentDictionary<ChannelAddress, (SendCause Cause, DateTimeOffset At)> _latest = new();
    private readonly SweepPacer _sweeps = new(1024);

    /// <summary>Entries held, live or not yet swept (for tests).</summary>
    internal int Held => _latest.Count;

    /// <summary>The person who last acted in <paramref name="channel"/>, while their cause is still valid.</summary>
    public SendCause? CauseOf(ChannelAddress channel) =>
        _latest.TryGetValue(channel, out var entry) && time.GetUtcNow() - entry.At < lifetime ? entry.Cause : null;

    protected void Keep(ChannelAddress channel, SendCause cause)
    {
        var now = time.GetUtcNow();
        _latest[channel] = (cause, now);
        if (!_sweeps.Added())
        {
            return;
        }

        foreach (var pair in _latest)
        {
            if (now - pair.Value.At >= lifetime)
            {
                _latest.TryRemove(pair);
            }
        }

        _sweeps.Swept(_latest.Count);
    }
}

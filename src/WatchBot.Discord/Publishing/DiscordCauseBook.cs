using System.Collections.Concurrent;
using WatchBot.Core.Sessions;
using WatchBot.Platform.Outbound;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// The latest interaction per channel, while its token still works: the kit asks it who caused what
/// it queues, so a channel that refuses a post (a missing permission) is explained to the person who
/// ran the last command there, through that interaction's follow-up, and not to a channel nobody can read.
/// </summary>
internal sealed class DiscordCauseBook(TimeProvider time) : ISendCauseSource
{
    /// <summary>Interaction tokens work 15 minutes; a minute less, so a note never goes out on a dying token.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(14);

    // Entries are overwritten per channel; expired ones are swept now and then so the book stays small.
    private const int SweepAbove = 1024;

    private readonly ConcurrentDictionary<ChannelAddress, (DiscordSendCause Cause, DateTimeOffset At)> _latest = new();

    public void Remember(ChannelAddress channel, DiscordSendCause cause)
    {
        var now = time.GetUtcNow();
        _latest[channel] = (cause, now);
        if (_latest.Count > SweepAbove)
        {
            foreach (var (key, entry) in _latest)
            {
                if (now - entry.At >= Lifetime)
                {
                    _latest.TryRemove(new KeyValuePair<ChannelAddress, (DiscordSendCause, DateTimeOffset)>(key, entry));
                }
            }
        }
    }

    public SendCause? CauseOf(ChannelAddress channel) =>
        _latest.TryGetValue(channel, out var entry) && time.GetUtcNow() - entry.At < Lifetime ? entry.Cause : null;
}

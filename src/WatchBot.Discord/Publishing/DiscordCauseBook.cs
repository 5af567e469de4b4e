using WatchBot.Core.Kernel;
using WatchBot.Platform.Outbound;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// The latest interaction per channel, while its token still works: the kit asks it who caused what
/// it queues, so a channel that refuses a post (a missing permission) is explained to the person who
/// ran the last command there, through that interaction's follow-up, and not to a channel nobody can read.
/// </summary>
internal sealed class DiscordCauseBook(TimeProvider time) : RecentCauses(time, Lifetime)
{
    /// <summary>Interaction tokens work 15 minutes; a minute less, so a note never goes out on a dying token.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(14);

    public void Remember(ChannelAddress channel, DiscordSendCause cause) => Keep(channel, cause);
}

using WatchBot.Core.Kernel;
using WatchBot.Platform.Outbound;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// The latest button press (Ready, RSVP, a reaction…) per channel while its token lives: a GO is
/// posted as a follow-up on it (PROTOCOLS.md §1 "Follow-ups / editing": webhooks are not bound by the
/// global 50/s) instead of a channel post queued behind every other channel's. Tokens stay in
/// memory, a minute short of their 15 (<see cref="DiscordCauseBook.Lifetime"/>); never stored, never logged.
/// </summary>
internal sealed class ButtonTokens(TimeProvider time) : RecentCauses(time, DiscordCauseBook.Lifetime)
{
    public void Remember(ChannelAddress channel, DiscordSendCause cause) => Keep(channel, cause);
}

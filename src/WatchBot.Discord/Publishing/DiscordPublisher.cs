using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Discord.Rendering;
using WatchBot.Engine.Ports;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// The Discord <see cref="IChannelPublisher"/>: renders a notice and queues the sends, returning at
/// once (the coordinator awaits publishers inside a command). The session message is edited in
/// place; GO and other things people must notice are new messages, queued ahead of the edit;
/// reactions are batched.
/// </summary>
internal sealed class DiscordPublisher(DiscordOutbox outbox, ReactionBatcher reactions) : IChannelPublisher
{
    public string Platform => DiscordPlatform.Name;

    public Task PublishAsync(ChannelAddress channel, Notice notice, CancellationToken cancellationToken)
    {
        var scope = InteractionScope.Current;
        if (notice is ReactionAdded added)
        {
            reactions.Add(channel.ChannelId, added.Reaction);
            return Task.CompletedTask;
        }

        // What notifies (GO above all) goes before the session message's edit: when thousands of
        // sessions start together, every GO is out before any "now playing" edit takes a request.
        if (DiscordRenderer.ChannelMessage(notice) is { } message)
        {
            outbox.Enqueue(new OutboxItem(channel.ChannelId, message, null, scope));
        }

        if (DiscordRenderer.SessionMessage(notice) is { } state && SessionOf(notice) is { } session)
        {
            outbox.Enqueue(new OutboxItem(channel.ChannelId, state, session.Id, scope));
        }

        return Task.CompletedTask;
    }

    private static WatchSession? SessionOf(Notice notice) => notice switch
    {
        SessionScheduled n => n.Session,
        CountdownStarted n => n.Session,
        PlaybackStarted n => n.Session,
        LateStart n => n.Session,
        PlaybackSeeked n => n.Session,
        PlaybackPaused n => n.Session,
        ReadyMarked n => n.Session,
        SessionEnded n => n.Session,
        SessionMissed n => n.Session,
        ScheduledStartWaiting n => n.Session,
        ScheduledStartBlocked n => n.Session,
        _ => null,
    };
}

using WatchBot.Core.Sessions;
using WatchBot.Core.Views;
using WatchBot.Discord.Rendering;
using WatchBot.Engine.Ports;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// The Discord <see cref="IChannelPublisher"/>: draws a view and queues the sends, returning at once
/// (the coordinator awaits publishers inside a command). The card is edited in place; announcements
/// are new messages, queued ahead of the card's edit; batched lines (reactions) wait for their window.
/// An announcement arranged ahead is not arranged: Discord cannot post by itself later, and the
/// announcement comes when it is due.
/// </summary>
internal sealed class DiscordPublisher(DiscordOutbox outbox, ReactionBatcher batcher) : IChannelPublisher
{
    public string Platform => DiscordPlatform.Name;

    public Task PublishAsync(ChannelAddress channel, ChannelView view, CancellationToken cancellationToken)
    {
        var scope = InteractionScope.Current;

        // What notifies (GO above all) goes before the card's edit: when thousands of sessions start
        // together, every GO is out before any "now playing" edit takes a request.
        foreach (var announcement in view.Announcements)
        {
            if (announcement.BatchKey is not null)
            {
                batcher.Add(channel.ChannelId, DiscordViewBridge.Draw(announcement.Lines));
                continue;
            }

            outbox.Enqueue(new OutboxItem(channel.ChannelId, DiscordViewBridge.Announcement(announcement), null, scope));
        }

        if (view.Card is { } card)
        {
            outbox.Enqueue(new OutboxItem(channel.ChannelId, DiscordViewBridge.Card(card), card.Key, scope));
        }

        return Task.CompletedTask;
    }
}

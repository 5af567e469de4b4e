using WatchBot.Core.Sessions;
using WatchBot.Core.Views;
using WatchBot.Engine.Ports;

namespace WatchBot.Slack.Publishing;

/// <summary>
/// The coordinator's way into Slack: it only enqueues, so handling a command never waits on the Web
/// API or its rate limits; <see cref="SlackSender"/> does the sending.
/// </summary>
internal sealed class SlackPublisher(SlackOutbox outbox) : IChannelPublisher
{
    public string Platform => SlackPlatform.Name;

    public Task PublishAsync(ChannelAddress channel, ChannelView view, CancellationToken cancellationToken)
    {
        outbox.Enqueue(new ViewItem(channel, view));
        return Task.CompletedTask;
    }
}

using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;

namespace WatchBot.Slack.Publishing;

/// <summary>
/// The coordinator's way into Slack: it only enqueues, so handling a command never waits on the Web
/// API or its rate limits; <see cref="SlackSender"/> does the sending.
/// </summary>
internal sealed class SlackPublisher(SlackOutbox outbox) : IChannelPublisher
{
    public string Platform => SlackPlatform.Name;

    public Task PublishAsync(ChannelAddress channel, Notice notice, CancellationToken cancellationToken)
    {
        outbox.Enqueue(new NoticeItem(channel, notice));
        return Task.CompletedTask;
    }
}

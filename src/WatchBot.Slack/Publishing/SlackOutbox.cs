using System.Threading.Channels;

namespace WatchBot.Slack.Publishing;

/// <summary>
/// The queue between the coordinator (which must not wait on Slack) and the one background sender.
/// Unbounded on purpose: items are small, and dropping an announcement is worse than memory.
/// </summary>
internal sealed class SlackOutbox
{
    private readonly Channel<SlackOutboxItem> _queue = Channel.CreateUnbounded<SlackOutboxItem>(
        new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<SlackOutboxItem> Reader => _queue.Reader;

    public void Enqueue(SlackOutboxItem item) => _queue.Writer.TryWrite(item);
}

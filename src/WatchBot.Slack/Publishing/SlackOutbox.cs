using System.Threading.Channels;

namespace WatchBot.Slack.Publishing;

/// <summary>
/// The queue between the inbound handler (which must answer Slack within 3 seconds) and
/// <see cref="SlackReplySender"/>, for answers to one person. Unbounded on purpose: items are small,
/// and dropping an answer is worse than memory.
/// </summary>
internal sealed class SlackOutbox
{
    private readonly Channel<EphemeralItem> _queue = Channel.CreateUnbounded<EphemeralItem>(
        new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<EphemeralItem> Reader => _queue.Reader;

    public void Enqueue(EphemeralItem item) => _queue.Writer.TryWrite(item);
}

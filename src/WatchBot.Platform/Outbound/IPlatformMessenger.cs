using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// What a platform supplies to the kit: the few sends it can make, each drawn in its own markup
/// (escaping and "no mentions" included). It knows nothing of queues, slots or batching; rate limits
/// it may wait out inside, or answer <see cref="SendResult.Throttled"/> to free the kit's worker.
/// </summary>
public interface IPlatformMessenger
{
    /// <summary>The platform's name, as in <see cref="ChannelAddress.Platform"/> and <c>IPlatformLinks</c>.</summary>
    string Platform { get; }

    /// <summary>Posts a new message that notifies; a batch comes as one announcement holding every line.</summary>
    Task<SendResult> PostAsync(ChannelAddress channel, Announcement announcement, CancellationToken cancellationToken);

    /// <summary>Posts a card for the first time; the result's <see cref="SendResult.MessageId"/> is kept to edit it.</summary>
    Task<SendResult> PostCardAsync(ChannelAddress channel, Card card, CancellationToken cancellationToken);

    /// <summary>Edits a card in place; <see cref="SendStatus.Gone"/> when the message was deleted.</summary>
    Task<SendResult> EditCardAsync(ChannelAddress channel, string messageId, Card card, CancellationToken cancellationToken);

    /// <summary>
    /// Whether posting <paramref name="announcement"/> in <paramref name="channel"/> now would not count
    /// against the platform's shared ceiling (a Discord GO sent as a follow-up on a button's token). The
    /// kit then sends it through its express workers, so it never waits behind sends that hold a worker
    /// while they wait for that ceiling. Asked under the kit's lock: answer from memory, at once.
    /// </summary>
    bool BypassesSharedLimit(ChannelAddress channel, Announcement announcement) => false;
}

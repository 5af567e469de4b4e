using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// An optional platform capability: the platform posts a message by itself at an instant (Slack's
/// scheduled messages), so a booked GO appears on time even while the bot is busy, throttled or down.
/// The kit remembers what was arranged and claims it when the announcement of the same key comes, so
/// exactly one copy appears. A platform without it simply posts that announcement when it comes.
/// </summary>
public interface IAheadPoster
{
    /// <summary>Arranges the post; <see cref="SendResult.MessageId"/> is the handle to cancel it.</summary>
    Task<SendResult> ArrangeAsync(ChannelAddress channel, AnnouncementAhead ahead, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels an arranged post. True: it will never appear. False: the platform has posted it already
    /// (or is posting it), so it must not be posted again.
    /// </summary>
    Task<bool> CancelAsync(ChannelAddress channel, string handle, CancellationToken cancellationToken);
}

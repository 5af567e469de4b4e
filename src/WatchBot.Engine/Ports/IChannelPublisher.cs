using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Engine.Ports;

/// <summary>
/// One platform's way of showing things in a channel. It receives views (announcements, the card,
/// an announcement arranged ahead, withdrawals), never notices: it draws parts in its own markup and
/// knows nothing of sessions. The only place that sends to the platform, so escaping and "no
/// mentions" are enforced in one spot per platform.
/// </summary>
public interface IChannelPublisher
{
    /// <summary>The platform name it serves, matching <see cref="ChannelAddress.Platform"/>.</summary>
    string Platform { get; }

    /// <summary>Shows <paramref name="view"/> (never empty) in <paramref name="channel"/>; throws when the platform cannot take it.</summary>
    Task PublishAsync(ChannelAddress channel, ChannelView view, CancellationToken cancellationToken);
}

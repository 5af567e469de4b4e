using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;

namespace WatchBot.Engine.Ports;

/// <summary>
/// One platform's way of saying things in a channel. The only place that sends to the platform,
/// so escaping and "no mentions" are enforced in one spot per platform.
/// </summary>
public interface IChannelPublisher
{
    /// <summary>The platform name it serves, matching <see cref="ChannelAddress.Platform"/>.</summary>
    string Platform { get; }

    Task PublishAsync(ChannelAddress channel, Notice notice, CancellationToken cancellationToken);
}

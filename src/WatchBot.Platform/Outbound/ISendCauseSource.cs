using WatchBot.Core.Kernel;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// For publishes that come without a cause (the engine's <c>IChannelPublisher</c> passes none): the
/// platform names who caused a send at the moment it is queued, and the kit carries that with the
/// item from then on.
/// </summary>
public interface ISendCauseSource
{
    /// <summary>Who caused what is being queued for <paramref name="channel"/> now, or null.</summary>
    SendCause? CauseOf(ChannelAddress channel);
}

using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Ports;

/// <summary>
/// Sees each notice the engine delivered to a channel, in the engine's own terms, once its platform
/// took the views it made. Platforms see only views; what the engine decided to announce is asserted
/// here (engine tests), and a metrics or audit sink could listen later.
/// </summary>
public interface INoticeObserver
{
    void Delivered(ChannelAddress channel, Notice notice);
}

using WatchBot.Core.Sessions;

namespace WatchBot.Platform.Outbound;

/// <summary>One send waiting in a channel's queue, with whoever caused it.</summary>
internal abstract record OutboundItem(ChannelAddress Channel, SendCause? Cause)
{
    /// <summary>Cards wait behind everything that notifies; everything else keeps its order.</summary>
    public virtual bool IsCard => false;

    /// <summary>A short name for logs (never the text).</summary>
    public abstract string Kind { get; }
}

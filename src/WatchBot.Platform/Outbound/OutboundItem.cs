using WatchBot.Core.Kernel;

namespace WatchBot.Platform.Outbound;

/// <summary>One send waiting in a channel's queue, with whoever caused it.</summary>
internal abstract record OutboundItem(ChannelAddress Channel, SendCause? Cause)
{
    /// <summary>Waits behind everything that notifies (cards, arrangements); the rest keeps its order.</summary>
    public virtual bool CanWait => false;

    /// <summary>For what can wait: a newer item of the same key takes a waiting one's place.</summary>
    public virtual string? ReplaceKey => null;

    /// <summary>The arrangement this item makes pointless (its announcement came, or it was withdrawn).</summary>
    public virtual string? EndsAhead => null;

    /// <summary>A short name for logs (never the text).</summary>
    public abstract string Kind { get; }
}

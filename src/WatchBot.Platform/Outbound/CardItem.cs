using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Platform.Outbound;

/// <summary>A card's new state: posted the first time, edited after; a newer one of the same key replaces it while it waits.</summary>
internal sealed record CardItem(ChannelAddress Channel, Card Card, SendCause? Cause) : OutboundItem(Channel, Cause)
{
    public override bool CanWait => true;

    public override string ReplaceKey => "card:" + Card.Key;

    public override string Kind => "card";
}

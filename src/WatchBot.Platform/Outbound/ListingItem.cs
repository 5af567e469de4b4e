using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Platform.Outbound;

/// <summary>A booking's entry in the platform's event list; a newer state of the same booking replaces it while it waits.</summary>
internal sealed record ListingItem(ChannelAddress Channel, Listing Listing, SendCause? Cause) : OutboundItem(Channel, Cause)
{
    public override bool CanWait => true;

    public override string ReplaceKey => "listing:" + Listing.Key;

    public override string Kind => "listing";
}

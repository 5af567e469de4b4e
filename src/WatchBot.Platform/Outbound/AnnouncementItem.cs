using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Platform.Outbound;

/// <summary>A new message; one with a key first claims the copy arranged ahead.</summary>
internal sealed record AnnouncementItem(ChannelAddress Channel, Announcement Announcement, SendCause? Cause)
    : OutboundItem(Channel, Cause)
{
    public override string? EndsAhead => Announcement.Key;

    public override string Kind => Announcement.BatchKey is null ? "announcement" : "batch";
}

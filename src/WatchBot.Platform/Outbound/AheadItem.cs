using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Platform.Outbound;

/// <summary>Arrange an announcement with the platform ahead of its instant.</summary>
internal sealed record AheadItem(ChannelAddress Channel, AnnouncementAhead Ahead, SendCause? Cause) : OutboundItem(Channel, Cause)
{
    public override bool CanWait => true;

    public override string ReplaceKey => "ahead:" + Ahead.Announcement.Key;

    public override string Kind => "ahead";
}

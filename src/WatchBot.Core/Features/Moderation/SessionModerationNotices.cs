using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Moderation;

// The live session's moderation notices, one file on purpose: each says once what it shows.

/// <summary><paramref name="Kicked"/> was removed from the session by <paramref name="By"/> (and the host role moved, if it was theirs).</summary>
public sealed record PersonKicked(WatchSession Session, UserRef Kicked, UserRef By, bool WasHost) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [new Announcement(WasHost
            ? ViewLine.Of($"🚫 {By} removed {Kicked} from this session and is now its host.")
            : ViewLine.Of($"🚫 {By} removed {Kicked} from this session."))],
        Card = SessionCard.Of(Session),
    };
}

/// <summary>The session was locked or unlocked.</summary>
public sealed record SessionLockChanged(WatchSession Session, UserRef By) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [new Announcement(Session.Locked
            ? ViewLine.Of($"🔒 {By} locked this session: only people already taking part can react or get ready.")
            : ViewLine.Of($"🔓 {By} unlocked this session: everyone can react and get ready again."))],
        Card = SessionCard.Of(Session),
    };
}

/// <summary>The host role moved from <paramref name="From"/> to the session's new host.</summary>
public sealed record HostHandedOver(WatchSession Session, UserRef From, UserRef By) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [new Announcement(ViewLine.Of($"🎬 {By} handed the host role from {From} to {Session.Host}."))],
        Card = SessionCard.Of(Session),
    };
}

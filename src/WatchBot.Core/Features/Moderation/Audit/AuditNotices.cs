using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Moderation.Audit;

// The audit log's notices, together: each says here what it shows.

/// <summary><c>/watch audit</c>: the latest entries, newest first, for the moderator who asked alone.</summary>
public sealed record AuditListed(IReadOnlyList<AuditEntry> Entries, int Limit) : Notice
{
    public override Reply ToReply() => AuditViews.Listed(this);
}

/// <summary>
/// One entry posted to the space's audit channel as it happens. People are named as persons (display
/// names as text), never mentioned: a moderation log notifies no one.
/// </summary>
public sealed record AuditPosted(AuditEntry Entry) : Notice
{
    public override ChannelView ToChannel() => new() { Announcements = [new Announcement(AuditViews.Line(Entry))] };
}

using WatchBot.Core.Features.Calendar.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Calendar;

// The calendar feature's notices, together: answers for the moderator who asked, never for the channel.

/// <summary>
/// A new feed address was issued (the space had none, or <paramref name="Replaced"/> says an older one
/// was revoked). Only a hash of the secret is kept, so this answer is the one time the address is shown.
/// </summary>
public sealed record CalendarFeedIssued(string Url, bool Replaced) : Notice
{
    public override Reply ToReply() => CalendarReplies.Issued(this);
}

/// <summary>The space already has a feed, issued at <paramref name="Since"/>; its address cannot be shown again.</summary>
public sealed record CalendarFeedExists(DateTimeOffset Since) : Notice
{
    public override Reply ToReply() => CalendarReplies.Exists(this);
}

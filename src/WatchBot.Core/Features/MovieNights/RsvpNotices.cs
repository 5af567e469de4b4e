using WatchBot.Core.Features.MovieNights.Views;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.MovieNights;

// The RSVP part's notices, one file on purpose: each says, once, what it shows.

/// <summary>
/// Someone answered (or changed their answer): the card's counts are redrawn, and each person a drop
/// gave a seat to is told in the channel (<paramref name="Promoted"/>, in the order they waited).
/// </summary>
public sealed record RsvpChanged(WatchSession Session, UserRef By, RsvpAnswer Answer, IReadOnlyList<UserRef> Promoted) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [.. Promoted.Select(p => RsvpReplies.GotASeat(Session, p))],
        Card = SessionCard.Of(Session),
    };
}

/// <summary>The sender's own answer as it stands: a seat, a place on the waiting list, maybe or not going.</summary>
/// <param name="Session">The booking, after the answer.</param>
/// <param name="User">Who answered.</param>
/// <param name="Answer">Their answer.</param>
/// <param name="Unchanged">They gave the same answer again: nothing changed.</param>
public sealed record RsvpNoted(WatchSession Session, UserKey User, RsvpAnswer Answer, bool Unchanged) : Notice
{
    public override Reply ToReply() => RsvpReplies.Noted(this);
}

/// <summary>Who is coming, for the host or a moderator who asked (never shown in the channel).</summary>
public sealed record AttendeesListed(WatchSession Session) : Notice
{
    public override Reply ToReply() => AttendeesView.Of(Session);
}

/// <summary>
/// A reminder before a booked start, mentioning exactly <paramref name="Notified"/>: the people with a
/// seat who did not turn reminders off. <paramref name="Lead"/> is the lead it was sent for.
/// </summary>
public sealed record ReminderDue(WatchSession Session, TimeSpan Lead, IReadOnlyList<UserRef> Notified) : Notice
{
    public override ChannelView ToChannel() => new() { Announcements = ReminderAnnouncement.Of(Session, Notified) };
}

/// <summary>The sender turned reminders off or on for themselves in the space (<paramref name="AlreadySo"/>: they already were).</summary>
public sealed record RemindersToggled(bool On, bool AlreadySo) : Notice
{
    public override Reply ToReply() => RsvpReplies.RemindersToggled(this);
}

using WatchBot.Core.Features.MovieNights.Views;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.MovieNights;

// The booking-change and series notices, one file on purpose: each record is a few lines, and each
// says here, once, everything it updates: the line in the channel, the card, the GO arranged ahead,
// and the booking's listing (Discord event, calendar).

/// <summary>A booking cancelled before it started: said, its card closed, its GO withdrawn, its listing cancelled.</summary>
public sealed record SessionCancelled(WatchSession Session, DateTimeOffset WasAt, UserRef By) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [MovieNightAnnouncements.Cancelled(Session, WasAt, By)],
        Card = SessionCard.Of(Session),
        Withdraw = [SessionAnnouncements.GoKey(Session.Id)],
        Listing = SessionListing.Of(Session),
    };
}

/// <summary>
/// A booking moved to a new time: said (with the local time it was read as), its card redrawn, the GO
/// arranged again for the new time (which replaces the one for the old time), its listing moved.
/// </summary>
public sealed record SessionRescheduled(WatchSession Session, DateTimeOffset From, string? LocalEcho, UserRef By) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [MovieNightAnnouncements.Rescheduled(Session, From, LocalEcho, By)],
        Card = SessionCard.Of(Session),
        // Arranging the GO again replaces the one arranged for the old time; withdrawn only when none is arranged (counting down already).
        Withdraw = Ahead() is null ? [SessionAnnouncements.GoKey(Session.Id)] : [],
        Ahead = Ahead(),
        Listing = SessionListing.Of(Session, Repeat),
    };

    /// <summary>The series' rule when the moved booking is one of its occurrences and the platform can show it.</summary>
    public ListingRepeat? Repeat { get; init; }

    private AnnouncementAhead? Ahead() => Session is { Phase: SessionPhase.Scheduled, WaitingSince: null, ScheduledFor: { } at }
        ? new AnnouncementAhead(at, SessionAnnouncements.Go(Session, TimeSpan.Zero))
        : null;
}

/// <summary>
/// An occurrence of a series booked: the first (<paramref name="By"/> set: the series was just set up)
/// or the next one, booked by itself. Its card, its GO arranged ahead, its listing.
/// </summary>
public sealed record OccurrenceBooked(WatchSession Session, MovieSeries Series, UserRef? By) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [By is { } by ? MovieNightAnnouncements.SeriesSetUp(Series, Session, by) : MovieNightAnnouncements.NextBooked(Series, Session)],
        Card = SessionCard.Of(Session),
        Ahead = Session is { Phase: SessionPhase.Scheduled, ScheduledFor: { } at }
            ? new AnnouncementAhead(at, SessionAnnouncements.Go(Session, TimeSpan.Zero))
            : null,
        Listing = SessionListing.Of(Session, SeriesWords.ListingRepeat(Series)),
    };
}

/// <summary>One occurrence skipped: cancelled like a booking, remembered by the series; the following one is booked next.</summary>
public sealed record OccurrenceSkipped(WatchSession Session, MovieSeries Series, DateTimeOffset WasAt, UserRef By) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [MovieNightAnnouncements.Skipped(Series, WasAt, By)],
        Card = SessionCard.Of(Session),
        Withdraw = [SessionAnnouncements.GoKey(Session.Id)],
        Listing = SessionListing.Of(Session),
    };
}

/// <summary>A series ended: said; its booked occurrence (when it had one) cancelled with it.</summary>
public sealed record SeriesEnded(MovieSeries Series, WatchSession? Cancelled, DateTimeOffset? WasAt, UserRef By) : Notice
{
    public override ChannelView ToChannel() => Cancelled is { Phase: SessionPhase.Ended } cancelled
        ? new()
        {
            Announcements = [MovieNightAnnouncements.SeriesEnded(Series, By)],
            Card = SessionCard.Of(cancelled),
            Withdraw = [SessionAnnouncements.GoKey(cancelled.Id)],
            Listing = SessionListing.Of(cancelled),
        }
        : new() { Announcements = [MovieNightAnnouncements.SeriesEnded(Series, By)] };
}

/// <summary>The channel's repeating movie nights and their next booked occurrence, for the one who asked.</summary>
public sealed record SeriesListed(IReadOnlyList<MovieSeries> Series, IReadOnlyList<WatchSession> Upcoming) : Notice
{
    public override Reply ToReply() => SeriesListView.Of(this);
}

/// <summary>A title that names several bookings: each with its time and the way to name it exactly ("Alien #2").</summary>
public sealed record BookingAmbiguous(IReadOnlyList<WatchSession> Matches, string Verb) : Notice
{
    public override Reply ToReply() => BookingChoiceView.Of(this);
}

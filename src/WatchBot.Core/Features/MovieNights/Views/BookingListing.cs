using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.MovieNights.Views;

/// <summary>A booking's entry in a platform's event list (Discord's Events tab), as the movie-night notices change it.</summary>
public static class BookingListing
{
    /// <summary>The length listed when the runtime is unknown (the "start + runtime or 2 h").</summary>
    public static readonly TimeSpan UnknownRuntime = TimeSpan.FromHours(2);

    public static Listing Of(WatchSession session, ListingStatus status, ListingRepeat? repeat = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        var start = session.ScheduledFor ?? session.StartedAt ?? session.CreatedAt;
        return new Listing(
            SessionCard.Key(session.Id),
            session.Title,
            start,
            start + (session.Clock.Runtime ?? UnknownRuntime),
            status,
            session.Revision,
            repeat);
    }
}

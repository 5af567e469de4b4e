using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Sessions.Views;

/// <summary>
/// A booked session's entry in a platform's event list (Discord's Events tab), built from the session
/// alone like its card, so every notice that changes a booking shows the same entry for the same state.
/// A session started with <c>start</c> (never booked) has no entry.
/// </summary>
public static class SessionListing
{
    /// <summary>
    /// The length shown when the runtime is unknown. Notices cannot see <c>Sessions:AssumedRuntime</c>;
    /// the issue names 2 h, which is also that option's default.
    /// </summary>
    public static readonly TimeSpan AssumedRuntime = TimeSpan.FromHours(2);

    /// <summary>The listing's key: the same as the card's, one entry per booking.</summary>
    public static string Key(SessionId id) => SessionCard.Key(id);

    /// <summary>The entry for <paramref name="session"/> as it stands, or null when it was never booked.</summary>
    public static Listing? Of(WatchSession session, ListingRepeat? repeat = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.ScheduledFor is not { } start)
        {
            return null;
        }

        return new Listing(Key(session.Id), session.Title, start, start + (session.Clock.Runtime ?? AssumedRuntime), StatusOf(session), session.Revision, repeat);
    }

    /// <summary>Booked: scheduled; counting down, playing or paused: active; ended: completed, or cancelled when it never ran.</summary>
    public static ListingStatus StatusOf(WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Phase switch
        {
            SessionPhase.Scheduled => ListingStatus.Scheduled,
            SessionPhase.Ended when session.EndReason is EndReason.Missed or EndReason.ChannelBusy or EndReason.Cancelled => ListingStatus.Cancelled,
            SessionPhase.Ended => ListingStatus.Completed,
            _ => ListingStatus.Active,
        };
    }
}

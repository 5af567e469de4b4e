using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights;

/// <summary>
/// Who has a seat, who waits for one and who said maybe, derived from a session's answers alone:
/// people going are seated in order of <see cref="Rsvp.Since"/> (ties in order of first answer) up to
/// <see cref="WatchSession.Seats"/>, the rest wait in that order. Derived, never stored, so a drop
/// promotes the first waiting by the same rule that seated everyone.
/// </summary>
public sealed record RsvpSeating(IReadOnlyList<Rsvp> Seated, IReadOnlyList<Rsvp> Waiting, IReadOnlyList<Rsvp> Maybe, int? Seats)
{
    public static RsvpSeating Of(WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(session);

        // OrderBy is stable: equal instants keep the order of first answers.
        var going = session.Rsvps.Where(r => r.Answer == RsvpAnswer.Going).OrderBy(r => r.Since).ToList();
        var seats = session.Seats is { } cap ? Math.Min(cap, going.Count) : going.Count;
        return new RsvpSeating(
            going[..seats],
            going[seats..],
            [.. session.Rsvps.Where(r => r.Answer == RsvpAnswer.Maybe)],
            session.Seats);
    }

    /// <summary>The person's seat, from 1; null when they have none.</summary>
    public int? SeatOf(UserKey user) => Place(Seated, user);

    /// <summary>The person's place on the waiting list, from 1; null when they are not waiting.</summary>
    public int? WaitingPlaceOf(UserKey user) => Place(Waiting, user);

    private static int? Place(IReadOnlyList<Rsvp> list, UserKey user)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].User.Key == user)
            {
                return i + 1;
            }
        }

        return null;
    }
}

using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Grammar;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.MovieNights.Views;

/// <summary>What a booking's card adds for RSVPs: the counts, and the Going / Maybe / Can't buttons.</summary>
public static class RsvpCard
{
    /// <summary>The buttons' ids: <c>watch:rsvp:&lt;answer&gt;:&lt;session&gt;</c>, read back by <see cref="CardActions"/> as <c>/watch rsvp</c>.</summary>
    public static string ActionId(RsvpAnswer answer, SessionId session) => CardActions.Id("rsvp", session, answer switch
    {
        RsvpAnswer.Going => "going",
        RsvpAnswer.Maybe => "maybe",
        _ => "no",
    });

    /// <summary>The RSVP buttons of a booking still ahead; none once it has started.</summary>
    public static IReadOnlyList<ViewAction> Actions(WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Phase != SessionPhase.Scheduled
            ? []
            :
            [
                new ViewAction(ActionId(RsvpAnswer.Going, session.Id), "Going", ActionStyle.Primary, "🎟"),
                new ViewAction(ActionId(RsvpAnswer.Maybe, session.Id), "Maybe", ActionStyle.Secondary, "🤔"),
                new ViewAction(ActionId(RsvpAnswer.NotGoing, session.Id), "Can't", ActionStyle.Secondary, "👋"),
            ];
    }

    /// <summary>" · going 3/10 · 1 waiting · 2 maybe", or nothing when no one answered and there is no cap.</summary>
    public static IReadOnlyList<ViewPart> Counts(WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.Rsvps.Count == 0 && session.Seats is null)
        {
            return [];
        }

        var seating = RsvpSeating.Of(session);
        var going = seating.Seats is { } seats ? $"{seating.Seated.Count}/{seats}" : $"{seating.Seated.Count}";
        var waiting = seating.Waiting.Count > 0 ? $" · {seating.Waiting.Count} waiting" : "";
        return [new TextPart($" · going {going}{waiting} · {seating.Maybe.Count} maybe")];
    }
}

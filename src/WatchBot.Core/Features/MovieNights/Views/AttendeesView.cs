using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.MovieNights.Views;

/// <summary>
/// The attendee list the host and moderators see: going with their seat, the waiting list in order,
/// maybe. Names, never mentions; long lists are cut with a count so the answer fits every platform.
/// </summary>
public static class AttendeesView
{
    /// <summary>Names shown per list before "and N more".</summary>
    public const int MaxNamesPerList = 40;

    public static Reply Of(WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var seating = RsvpSeating.Of(session);
        var at = session.ScheduledFor ?? session.CreatedAt;
        var seats = seating.Seats is { } cap ? $"{seating.Seated.Count}/{cap}" : $"{seating.Seated.Count}";
        return new Reply(
        [
            ViewLine.Of($"Who's coming to {RsvpReplies.Title(session)} ({at:F}):"),
            List($"Going ({seats}): ", seating.Seated, numbered: true),
            List($"Waiting ({seating.Waiting.Count}): ", seating.Waiting, numbered: true),
            List($"Maybe ({seating.Maybe.Count}): ", seating.Maybe, numbered: false),
        ]);
    }

    private static ViewLine List(string heading, IReadOnlyList<Rsvp> people, bool numbered)
    {
        var parts = new List<ViewPart> { new TextPart(heading) };
        if (people.Count == 0)
        {
            parts.Add(new TextPart("nobody"));
        }

        for (var i = 0; i < Math.Min(people.Count, MaxNamesPerList); i++)
        {
            parts.Add(new TextPart((i > 0 ? ", " : "") + (numbered ? $"{i + 1}. " : "")));
            parts.Add(new PersonPart(people[i].User));
        }

        if (people.Count > MaxNamesPerList)
        {
            parts.Add(new TextPart($" and {people.Count - MaxNamesPerList} more"));
        }

        return new ViewLine(parts);
    }
}

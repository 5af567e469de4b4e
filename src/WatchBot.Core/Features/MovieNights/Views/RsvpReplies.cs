using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.MovieNights.Views;

/// <summary>What the RSVP part says: the sender's answer, a seat given, reminders switched.</summary>
public static class RsvpReplies
{
    /// <summary>"🎟 bob got a seat for “Alien”." — a name, not a mention: the card already changed.</summary>
    public static Announcement GotASeat(WatchSession session, UserRef person)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new Announcement(ViewLine.Of($"🎟 {person} got a seat for {Title(session)} — someone dropped out."));
    }

    public static Reply Noted(RsvpNoted noted)
    {
        ArgumentNullException.ThrowIfNull(noted);
        var session = noted.Session;
        var seating = RsvpSeating.Of(session);
        var at = session.ScheduledFor ?? session.CreatedAt;
        var again = new TextPart(noted.Unchanged ? " (You had already said so.)" : "");
        var line = noted.Answer switch
        {
            RsvpAnswer.Going when seating.SeatOf(noted.User) is { } seat && seating.Seats is { } seats =>
                ViewLine.Of($"✅ You're going to {Title(session)} ({at:F}) — seat {seat} of {seats}.{again}"),
            RsvpAnswer.Going when seating.SeatOf(noted.User) is not null =>
                ViewLine.Of($"✅ You're going to {Title(session)} ({at:F}).{again}"),
            RsvpAnswer.Going => ViewLine.Of(
                $"⏳ {SeatsTaken(seating.Seats ?? 0)} for {Title(session)}: you're number {seating.WaitingPlaceOf(noted.User) ?? 0} on the waiting list, and get a seat when someone drops out.{again}"),
            RsvpAnswer.Maybe => ViewLine.Of($"🤔 You're a maybe for {Title(session)} ({at:F}).{again}"),
            _ => ViewLine.Of($"👋 You're not going to {Title(session)}.{again}"),
        };
        return new Reply(line);
    }

    public static Reply RemindersToggled(RemindersToggled toggled)
    {
        ArgumentNullException.ThrowIfNull(toggled);
        var again = new TextPart(toggled.AlreadySo ? "They already were. " : "");
        return new Reply(toggled.On
            ? ViewLine.Of($"🔔 Reminders are on for you here. {again}You'll be mentioned before sessions you're going to.")
            : ViewLine.Of($"🔕 Reminders are off for you here. {again}Turn them back on with {new TextPart("/watch reminders on", TextStyle.Code)}."));
    }

    internal static UserTextPart Title(WatchSession session) => new(session.Title, TextStyle.Strong);

    private static TextPart SeatsTaken(int seats) => new(seats == 1
        ? "The one seat is taken"
        : $"All {seats.ToString(System.Globalization.CultureInfo.InvariantCulture)} seats are taken");
}

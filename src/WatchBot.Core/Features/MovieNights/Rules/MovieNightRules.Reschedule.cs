using System.Globalization;
using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Features.MovieNights.Views;
using WatchBot.Core.Features.Polls.Rules;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text.Times;

namespace WatchBot.Core.Features.MovieNights.Rules;

// /watch reschedule: a booking moves, checked like a new booking (future, not too far, no overlap with
// the channel's other bookings), its countdown timer armed again for the new time, its open poll moved along.
public static partial class MovieNightRules
{
    private const string RescheduleExample = "/watch reschedule at:\"in 3h\"";

    private static Decision Reschedule(CommandContext context, RescheduleCommand command)
    {
        var (booking, refusal) = PickBooking(context, command.Title, "reschedule");
        if (booking is null)
        {
            return refusal!;
        }

        if (!MayChange(booking.Host, context.Actor))
        {
            return Decision.Refuse($"Only the host of \"{booking.Title}\" or a moderator can reschedule it.", "/watch status");
        }

        if (Understood(command.At.Resolve(context.Now, context.TimeZone), "/watch reschedule", out var when) is { } unclear)
        {
            return unclear;
        }

        var at = SessionRules.PressPlayAt(when.Instant);
        if (TimeProblem(context, at) is { } problem)
        {
            return Decision.Refuse(problem, RescheduleExample);
        }

        if (at == booking.ScheduledFor)
        {
            return Decision.Refuse($"\"{booking.Title}\" is already booked for that time.", RescheduleExample);
        }

        if (SessionRules.RefuseOverlap(context, booking.Title, at, booking.Clock.Runtime, booking.Id) is { } overlap)
        {
            return overlap;
        }

        // Reminders still ahead of the new start go out again (BookAt arms the next one).
        var moved = ReminderRules.Moved(
            booking with
            {
                ScheduledFor = at,
                WaitingSince = null,
                TimeZone = when.ZoneId,
                Revision = booking.Revision + 1,
            },
            context.Now);
        var series = context.Series.FirstOrDefault(s => s.Id == booking.Occurrence?.Series);
        var notice = new SessionRescheduled(moved, booking.ScheduledFor ?? context.Now, LocalEcho(when), context.Actor.User)
        {
            Repeat = SeriesWords.ListingRepeat(series),
        };
        var decision = SessionRules.BookAt(context, moved, notice);

        // Its open poll follows: closing time, card, and the closing timer the disarm removes.
        return PollRules.FollowBooking(context, booking, decision with { Disarm = [booking.Id, .. decision.Disarm] });
    }

    /// <summary>The refusal for a time that could not be used (with the first time offered instead); null when understood.</summary>
    private static Decision? Understood(WhenResult result, string typed, out WhenResolved when)
    {
        when = result as WhenResolved ?? new WhenResolved(default, "UTC", default);
        return result is WhenRefused refused
            ? Decision.Refuse(refused.Reason, refused.Suggestions.Count > 0 ? $"{typed} at:\"{refused.Suggestions[0]}\"" : $"{typed} at:\"in 3h\"")
            : null;
    }

    /// <summary>Why <paramref name="at"/> cannot be booked (passed, too far ahead); null when it can.</summary>
    private static string? TimeProblem(CommandContext context, DateTimeOffset at) =>
        at <= context.Now ? "That time has already passed. Pick a time in the future."
        : at - context.Now > context.Options.MaxScheduleAhead
            ? $"That is too far ahead: sessions can be booked up to {(int)context.Options.MaxScheduleAhead.TotalDays} days ahead."
            : null;

    /// <summary>"Fri 27 Nov 2026 21:00 Europe/Paris", and the reader's note (which of two fall-back hours) when there is one.</summary>
    private static string LocalEcho(WhenResolved when)
    {
        var local = when.Local.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " " + when.ZoneId;
        return when.Note is { Length: > 0 } note ? $"{local}; {note}" : local;
    }
}

using WatchBot.Core.Features.MovieNights.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text;

namespace WatchBot.Core.Features.Sessions.Rules;

// Bookings share a channel: each holds it from its start for its runtime (or the assumed runtime),
// and a booking that would overlap another is refused when it is made, not when it is due.
public static partial class SessionRules
{
    private static readonly TimeSpan SuggestionStep = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The refusal for a booking at <paramref name="at"/> that overlaps another booking of the channel,
    /// naming it and the first free time after; null when the time is free. A booking being moved
    /// (<paramref name="moving"/>, a reschedule) does not clash with itself, and its example is a
    /// reschedule to the free time.
    /// </summary>
    internal static Decision? RefuseOverlap(CommandContext context, string title, DateTimeOffset at, TimeSpan? runtime, SessionId? moving = null)
    {
        var now = context.Now;
        var assumed = context.Options.AssumedRuntime;
        var length = runtime ?? assumed;
        var windows = Booked(context).Where(b => b.Id != moving).Select(b => (Booking: b, Window: Window(b, now, assumed))).ToList();
        if (windows.Find(w => Overlaps(w.Window, at, length)) is not { Booking: { } clash, Window: var held })
        {
            return null;
        }

        var free = FirstFreeStart([.. windows.Select(w => w.Window)], at, length, now);
        var note = runtime is null || clash.Clock.Runtime is null
            ? $" A session without a runtime counts as {DurationText.Format(assumed)}."
            : "";
        var example = moving is not null
            ? $"/watch reschedule at:\"in {DurationText.Format(free - now)}\" title:\"{UserText.Clean(title).Replace('"', '\'')}\""
            : ScheduleExample(context, title, $"in {DurationText.Format(free - now)}")
            + (runtime is { } r ? $" runtime:{DurationText.Format(r)}" : "");
        return Decision.Refuse(
            $"That would overlap \"{clash.Title}\", booked here {Relative(held.Start, now)} for {DurationText.Format(held.Length)}.{note} "
            + $"The first free time is in {DurationText.Format(free - now)}.",
            example);
    }

    /// <summary>
    /// A scheduled session booked (or moved) to its <see cref="WatchSession.ScheduledFor"/>, announced by
    /// <paramref name="announced"/>: its countdown timer armed, or, when the countdown is already due,
    /// counting down (or waiting for the live session) in the same decision, as a new booking does.
    /// </summary>
    internal static Decision BookAt(CommandContext context, WatchSession session, Notice announced)
    {
        var at = session.ScheduledFor ?? context.Now;
        var begin = at - context.Options.ScheduledCountdownLead;
        (session, var readyArm) = ArmReadyCheck(session, context.Now, context.Options);
        if (begin > context.Now)
        {
            return new Decision
            {
                Next = session,
                ToChannel = [announced],
                Arm = [new SessionTimer(session.Id, TimerKind.BeginCountdown, at, begin), .. ReminderRules.ArmFor(session, context.Now), .. readyArm],
            };
        }

        var counting = BeginScheduled(session, context.Live, context.Now, context.Options);
        return counting with { ToChannel = [announced, .. counting.ToChannel] };
    }

    /// <summary>The schedule command for <paramref name="title"/> at <paramref name="at"/>, ready to type again.</summary>
    private static string ScheduleExample(CommandContext context, string title, string at) =>
        $"/watch schedule title:\"{ShownTitle(context, title)}\" at:\"{at}\"";

    /// <summary><paramref name="title"/> as an example shows it between double quotes (the default when empty).</summary>
    private static string ShownTitle(CommandContext context, string title)
    {
        var shownTitle = UserText.Clean(title).Replace('"', '\'');
        return shownTitle.Length == 0 ? context.Options.DefaultTitle : shownTitle;
    }

    /// <summary>The channel's bookings: its scheduled sessions, and the live one if it was booked.</summary>
    private static IEnumerable<WatchSession> Booked(CommandContext context) =>
        context.Live is { ScheduledFor: not null } live ? [live, .. context.Upcoming] : context.Upcoming;

    // Windows are half-open: one booking may start the instant the previous one ends.
    private static bool Overlaps((DateTimeOffset Start, TimeSpan Length) held, DateTimeOffset start, TimeSpan length) =>
        start < held.Start + held.Length && held.Start < start + length;

    /// <summary>
    /// The first start at or after <paramref name="wanted"/>, a whole minute from now, whose window
    /// overlaps no booking: the wanted time itself or some booking's end. Whole minutes keep the
    /// suggested <c>in:</c> short and leave the sender time to type it.
    /// </summary>
    private static DateTimeOffset FirstFreeStart(
        IReadOnlyList<(DateTimeOffset Start, TimeSpan Length)> held, DateTimeOffset wanted, TimeSpan length, DateTimeOffset now)
    {
        var candidates = held
            .Select(w => w.Start + w.Length)
            .Append(wanted)
            .Where(c => c >= wanted)
            .Select(c => now + RoundUp(c - now, SuggestionStep))
            .Order()
            .ToList();

        // The latest candidate is after every booking's end, so the search always finds one.
        return candidates.Find(c => !held.Any(w => Overlaps(w, c, length)));
    }

    /// <summary>
    /// The span a booking holds its channel: from its start (its actual start once it has one; now at
    /// the earliest while it waits) for its runtime, or the assumed runtime when unknown.
    /// </summary>
    private static (DateTimeOffset Start, TimeSpan Length) Window(WatchSession booking, DateTimeOffset now, TimeSpan assumed)
    {
        var scheduled = booking.ScheduledFor ?? booking.CreatedAt;
        var start = booking.StartedAt ?? booking.CountdownTarget
            ?? (booking.WaitingSince is not null && now > scheduled ? now : scheduled);
        return (start, booking.Clock.Runtime ?? assumed);
    }

    // Whole seconds, rounded away from now: "in 0s" would read as already started.
    private static string Relative(DateTimeOffset instant, DateTimeOffset now) =>
        instant > now
            ? $"in {DurationText.Format(RoundUp(instant - now, TimeSpan.FromSeconds(1)))}"
            : $"from {DurationText.Format(now - instant)} ago";

    private static TimeSpan RoundUp(TimeSpan span, TimeSpan step) =>
        span <= TimeSpan.Zero ? step : TimeSpan.FromTicks((span.Ticks + step.Ticks - 1) / step.Ticks * step.Ticks);
}

using System.Collections.Immutable;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights.Rules;

/// <summary>
/// Reminders before a booked start. A booking keeps its leads (<see cref="WatchSession.ReminderLeads"/>)
/// and the ones already committed (<see cref="WatchSession.RemindersSent"/>); one <see cref="TimerKind.Reminder"/>
/// timer waits for the next unsent lead. Firing commits the lead as sent together with the reminder
/// (the outbox), so a timer that fires twice, or a restart in between, sends it once. Pure.
/// </summary>
public static class ReminderRules
{
    /// <summary>
    /// The leads a new booking gets: those asked for (<c>reminders:</c>; empty is off), else the
    /// configured defaults; longest first, each once.
    /// </summary>
    public static ImmutableList<TimeSpan> LeadsFor(IReadOnlyList<TimeSpan>? requested, SessionRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. (requested ?? options.ReminderLeads).Where(l => l > TimeSpan.Zero).Distinct().OrderDescending()];
    }

    /// <summary>
    /// The timer for the booking's next reminder: the soonest unsent lead still ahead of
    /// <paramref name="now"/>. Leads already past are skipped, never sent late. Call it whenever a
    /// booking is made or moved (reschedule: after <see cref="Moved"/>); none for a booking that started.
    /// </summary>
    public static IReadOnlyList<SessionTimer> ArmFor(WatchSession session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session is not { Phase: SessionPhase.Scheduled, WaitingSince: null, ScheduledFor: { } at })
        {
            return [];
        }

        var next = session.ReminderLeads
            .Where(lead => !session.RemindersSent.Contains(lead))
            .Select(lead => at - lead)
            .Where(due => due > now)
            .Order()
            .ToList();
        return next.Count == 0 ? [] : [new SessionTimer(session.Id, TimerKind.Reminder, at, next[0])];
    }

    /// <summary>
    /// A booking moved to a new start: reminders whose time is still ahead at the new start go out
    /// again; those already past stay sent. Arm with <see cref="ArmFor"/> afterwards.
    /// </summary>
    public static WatchSession Moved(WatchSession session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.ScheduledFor is not { } at
            ? session
            : session with { RemindersSent = [.. session.RemindersSent.Where(lead => at - lead <= now)] };
    }

    /// <summary>
    /// The reminder timer fired. Acts only if the booking still starts at the instant the timer was
    /// armed for and a lead came due unsent: every due lead is committed as sent (one message even if
    /// several came due while the bot was down), and the people going who did not turn reminders off
    /// (<paramref name="optedOut"/>) are mentioned; nobody to mention, no message. Then the next lead is armed.
    /// </summary>
    public static Decision OnTimer(WatchSession session, SessionTimer timer, IReadOnlySet<UserKey> optedOut, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(timer);
        ArgumentNullException.ThrowIfNull(optedOut);
        if (timer.Kind != TimerKind.Reminder
            || session is not { Phase: SessionPhase.Scheduled, WaitingSince: null, ScheduledFor: { } at }
            || at != timer.Target || at <= now)
        {
            return Decision.Nothing;
        }

        var due = session.ReminderLeads.Where(lead => !session.RemindersSent.Contains(lead) && at - lead <= now).ToList();
        if (due.Count == 0)
        {
            return Decision.Nothing;
        }

        var next = session with { RemindersSent = session.RemindersSent.Union(due) };
        var notified = RsvpSeating.Of(next).Seated.Select(r => r.User).Where(u => !optedOut.Contains(u.Key)).ToList();
        return new Decision
        {
            Next = next,
            ToChannel = notified.Count > 0 ? [new ReminderDue(next, due.Min(), notified)] : [],
            Arm = ArmFor(next, now),
        };
    }

    /// <summary>
    /// Start-up: a booking still ahead gets its reminder timer again for its next lead still ahead
    /// (replacing the stored one). A lead that came due while the bot was down goes out at most once:
    /// late, if the job store fires its timer first, else skipped like a lead past at booking.
    /// </summary>
    public static Decision WithRecovery(Decision recovered, WatchSession session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(recovered);
        return recovered.Next is null ? recovered with { Arm = [.. recovered.Arm, .. ArmFor(session, now)] } : recovered;
    }
}

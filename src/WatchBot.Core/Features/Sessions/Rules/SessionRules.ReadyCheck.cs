using WatchBot.Core.Features.Sessions.ReadyChecks;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text;

namespace WatchBot.Core.Features.Sessions.Rules;

// The ready check (ready:3, ready:all, wait:5m): a start held, paused at 0:00:00, until enough people
// are ready, its deadline passes, or the host (or a moderator) says go. Then the usual countdown.
public static partial class SessionRules
{
    /// <summary>
    /// Whether <paramref name="session"/> is a start held by its ready check: live (so it holds the
    /// channel and takes ready), paused before it ever played, with a deadline.
    /// </summary>
    public static bool IsHeldForReady(WatchSession session) =>
        session is { Phase: SessionPhase.Paused, StartedAt: null, ReadyCheck.Deadline: not null };

    /// <summary>
    /// The ready check a <paramref name="request"/> asks for, checked against the limits; a refusal
    /// when it cannot be. No request: no check and no refusal.
    /// </summary>
    private static Decision? ReadReadyCheck(
        CommandContext context, ReadyRequest? request, TimeSpan countdown, bool booked, string example, out ReadyCheck? check)
    {
        check = null;
        if (request is null)
        {
            return null;
        }

        var options = context.Options;
        if (request.Count is null && !booked)
        {
            return InvalidValue(
                "ready:all waits for everyone who said they're going, and a session started now has no RSVPs yet. "
                + "Say how many to wait for instead, or book it with /watch schedule so people can say going.",
                example.Replace("ready:all", "ready:3", StringComparison.Ordinal));
        }

        var wait = request.Wait ?? options.DefaultReadyWait;
        if (wait < options.MinCountdown || wait > options.MaxReadyWait)
        {
            return InvalidValue(
                $"wait: must be between {DurationText.Format(options.MinCountdown)} and {DurationText.Format(options.MaxReadyWait)}.",
                "/watch start title:\"The Matrix\" ready:3 wait:5m");
        }

        check = new ReadyCheck(request.Count, wait, countdown);
        return null;
    }

    /// <summary><c>start … ready:3</c>: the new session waits, paused at the start, with its deadline armed.</summary>
    private static Decision HoldStart(CommandContext context, WatchSession session, ReadyCheck check)
    {
        var held = session with
        {
            Phase = SessionPhase.Paused,
            ReadyCheck = check with { OpenedAt = context.Now, Deadline = PressPlayAt(context.Now + check.Wait) },
        };

        return new Decision
        {
            Next = held,
            ToChannel = [new ReadyCheckOpened(held, context.Actor.User)],
            Arm = [ReadyDeadlineTimer(held)],
        };
    }

    /// <summary>
    /// A booked session's countdown is due: with a ready check not yet met it is held instead, until
    /// its start plus <c>wait:</c> at the latest; otherwise the usual countdown to <paramref name="at"/>.
    /// </summary>
    private static Decision HoldOrCountDown(WatchSession session, DateTimeOffset at, DateTimeOffset now)
    {
        if (session.ReadyCheck is not { } check)
        {
            return CountDown(session, at);
        }

        if (ReadyTally.Of(session, check).Reached)
        {
            return CountDown(session with { ReadyCheck = null }, at);
        }

        var held = session with
        {
            Phase = SessionPhase.Paused,
            Clock = session.Clock.PausedAt(now),
            ReadyCheck = check with { OpenedAt = check.OpenedAt ?? now, Deadline = PressPlayAt(at + check.Wait) },
        };

        return new Decision { Next = held, ToChannel = [new ReadyCheckOpened(held, null)], Arm = [ReadyDeadlineTimer(held)] };
    }

    /// <summary>Someone just said ready: the card shows it, and a held start whose count is now met lets go.</summary>
    private static Decision AfterReady(WatchSession ready, UserRef user, DateTimeOffset now)
    {
        if (IsHeldForReady(ready) && ReadyTally.Of(ready, ready.ReadyCheck!).Reached)
        {
            return Release(ready, now, ReadyRelease.Reached, by: null, countdown: null);
        }

        return new Decision { Next = ready, ToChannel = [new ReadyMarked(ready, user, ready.ReadyUserIds.Count)] };
    }

    /// <summary>
    /// <c>/watch resume</c> (or the card's Start now) on a held start: the host or a moderator starts it
    /// now, whoever else may drive the session later.
    /// </summary>
    private static Decision StartHeldNow(CommandContext context, WatchSession held, TimeSpan? countdownIn)
    {
        var actor = context.Actor;
        if (held.Host.Key != actor.User.Key && !actor.IsModerator)
        {
            return Decision.Refuse(
                $"\"{held.Title}\" waits for its ready check; only the host ({held.Host.DisplayName}) or a moderator can start it early. Say you're ready instead.",
                "/watch ready");
        }

        var options = context.Options;
        if (countdownIn is { } typed && (typed < options.MinCountdown || typed > options.MaxCountdown))
        {
            return InvalidValue(
                $"The countdown must be between {DurationText.Format(options.MinCountdown)} and {DurationText.Format(options.MaxCountdown)}.",
                "/watch resume in:10s");
        }

        return Release(held.WithParticipant(actor.User), context.Now, ReadyRelease.HostGo, actor.User, countdownIn);
    }

    /// <summary>
    /// Any accepted command that leaves a held start with its count met lets it go at once: a kick or
    /// an answer changed from going can shrink <c>ready:all</c> to those already ready, and then GO
    /// comes sooner. The command's own effects come first; nothing changes when the start is not held.
    /// </summary>
    internal static Decision ReleaseIfReached(Decision decision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Next is not { } next || !IsHeldForReady(next) || !ReadyTally.Of(next, next.ReadyCheck!).Reached)
        {
            return decision;
        }

        var released = Release(next, now, ReadyRelease.Reached, by: null, countdown: null);
        return decision with
        {
            Next = released.Next,
            ToChannel = [.. decision.ToChannel, .. released.ToChannel],
            Arm = [.. decision.Arm, .. released.Arm],
        };
    }

    /// <summary>The held start lets go: the announcement why, and the usual countdown from 0:00:00.</summary>
    private static Decision Release(WatchSession held, DateTimeOffset now, ReadyRelease why, UserRef? by, TimeSpan? countdown)
    {
        var check = held.ReadyCheck!;
        var tally = ReadyTally.Of(held, check);
        var target = PressPlayAt(now + (countdown ?? check.Countdown));
        var counting = CountDown(held with { ReadyCheck = null }, target);
        var released = new ReadyCheckReleased(counting.Next!, why, tally, target, by);
        return counting with { ToChannel = [released, .. counting.ToChannel] };
    }

    /// <summary>The ready check's timers: its opening before a booked start, and a held start's deadline.</summary>
    private static Decision OnReadyCheckTimer(WatchSession session, SessionTimer timer, DateTimeOffset now) => timer.Kind switch
    {
        TimerKind.ReadyDeadline when IsHeldForReady(session) && session.ReadyCheck!.Deadline == timer.Target =>
            Release(session, now, ReadyRelease.Deadline, by: null, countdown: null),
        TimerKind.ReadyCheckOpens when session is { Phase: SessionPhase.Scheduled, ReadyCheck: { OpenedAt: null } check } && session.ScheduledFor == timer.Target =>
            OpenBooked(session, check, now),
        _ => Decision.Nothing,
    };

    /// <summary>A few minutes before a booked start: people are asked to get ready; the start itself is unchanged.</summary>
    private static Decision OpenBooked(WatchSession session, ReadyCheck check, DateTimeOffset now)
    {
        var open = session with { ReadyCheck = check with { OpenedAt = now } };
        return new Decision { Next = open, ToChannel = [new ReadyCheckOpened(open, null)] };
    }

    /// <summary>
    /// A new or moved booking with a ready check: the timer that opens it, or, when its opening time
    /// is already here, the check open now. Nothing without a check.
    /// </summary>
    private static (WatchSession Session, SessionTimer[] Arm) ArmReadyCheck(WatchSession session, DateTimeOffset now, SessionRulesOptions options)
    {
        if (session is not { ReadyCheck: { } check, ScheduledFor: { } at })
        {
            return (session, []);
        }

        var opens = at - options.ReadyCheckOpensBefore;
        return opens > now
            ? (session, [new SessionTimer(session.Id, TimerKind.ReadyCheckOpens, at, opens)])
            : (session with { ReadyCheck = check with { OpenedAt = check.OpenedAt ?? now } }, []);
    }

    /// <summary>Start-up: a held start gets its deadline timer again, or starts when the deadline passed while the bot was down.</summary>
    private static Decision? RecoverReadyCheck(WatchSession session, DateTimeOffset now)
    {
        if (!IsHeldForReady(session))
        {
            return null;
        }

        return session.ReadyCheck!.Deadline > now
            ? new Decision { Arm = [ReadyDeadlineTimer(session)] }
            : Release(session, now, ReadyRelease.Deadline, by: null, countdown: null);
    }

    private static SessionTimer ReadyDeadlineTimer(WatchSession held)
    {
        var deadline = held.ReadyCheck!.Deadline!.Value;
        return new SessionTimer(held.Id, TimerKind.ReadyDeadline, deadline, deadline);
    }
}

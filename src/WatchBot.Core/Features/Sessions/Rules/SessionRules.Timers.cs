using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Sessions.Rules;

// Waking up: timers firing, and the start-up pass over sessions that were under way when the bot stopped.
public static partial class SessionRules
{
    /// <summary>
    /// A timer fired. Acts only if the session is still in the state the timer was armed for, so a
    /// stale or repeated timer changes nothing and says nothing.
    /// </summary>
    /// <param name="session">The session the timer names.</param>
    /// <param name="timer">The timer, with the instant it was armed for.</param>
    /// <param name="liveInChannel">The live session in the session's channel, if any.</param>
    /// <param name="now">When it fired.</param>
    /// <param name="options">Limits and defaults.</param>
    public static Decision OnTimer(WatchSession session, SessionTimer timer, WatchSession? liveInChannel, DateTimeOffset now, SessionRulesOptions options) =>
        timer.Kind switch
        {
            TimerKind.Go when session.Phase == SessionPhase.CountingDown && session.CountdownTarget == timer.Target =>
                Go(session, now, options),
            TimerKind.BeginCountdown when session.Phase == SessionPhase.Scheduled && session.ScheduledFor == timer.Target =>
                BeginScheduled(session, liveInChannel, now, options),

            // Fired again after it acted: a clustered job store re-runs the job of an instance that
            // died mid-way, perhaps after the countdown was saved but before its GO was armed. It says
            // nothing again, and makes sure GO (and the end) are armed, as start-up recovery would.
            TimerKind.BeginCountdown when session.Phase == SessionPhase.CountingDown && session.CountdownTarget == timer.Target && session.StartedAt is null =>
                Recover(session, liveInChannel, now, options),
            TimerKind.RuntimeEnd when EndsAt(session) == timer.Target =>
                ReachEnd(session, timer.Target),
            _ => OnReadyCheckTimer(session, timer, now),
        };

    /// <summary>
    /// Start-up: brings one unfinished session up to <paramref name="now"/>. Timers still ahead are
    /// armed again (harmless if the job store kept them); instants that passed while the bot was down
    /// are caught up now.
    /// </summary>
    public static Decision Recover(WatchSession session, WatchSession? liveInChannel, DateTimeOffset now, SessionRulesOptions options)
    {
        if (RecoverReadyCheck(session, now) is { } held)
        {
            return held;
        }

        switch (session.Phase)
        {
            case SessionPhase.Scheduled when session.ScheduledFor is { } at:
                var begin = at - options.ScheduledCountdownLead;
                return begin > now
                    ? new Decision { Arm = [new SessionTimer(session.Id, TimerKind.BeginCountdown, at, begin)] }
                    : BeginScheduled(session, liveInChannel, now, options);
            case SessionPhase.CountingDown when session.CountdownTarget is { } target:
                return target > now
                    ? new Decision { Arm = [new SessionTimer(session.Id, TimerKind.Go, target, target), .. EndTimer(session)] }
                    : WithEnd(now, Go(session, now, options));
            case SessionPhase.Playing when EndsAt(session) is { } end:
                // Its end timer again, or the end itself if the runtime passed while the bot was down.
                return end > now ? new Decision { Arm = EndTimer(session) } : ReachEnd(session, end);
            default:
                return Decision.Nothing;
        }
    }

    private static Decision Go(WatchSession session, DateTimeOffset now, SessionRulesOptions options)
    {
        var target = session.CountdownTarget ?? now;

        // A first start the bot slept through for longer than the film (or the grace period) is
        // missed, exactly as a scheduled start is in BeginScheduled; a resume keeps playing.
        if (session.StartedAt is null && now - target >= (session.Clock.Runtime ?? options.LateStartGrace))
        {
            var missed = EndWithout(session with { Clock = session.Clock.PausedAt(target) }, now, EndReason.Missed);
            return new Decision { Next = missed, ToChannel = [new SessionMissed(missed, target)], Disarm = [session.Id] };
        }

        var playing = session with
        {
            Phase = SessionPhase.Playing,
            CountdownTarget = null,
            StartedAt = session.StartedAt ?? target,
        };

        // A resume the bot slept through past the end of the media: it ended there.
        if (EndsAt(playing) is { } end && end <= now)
        {
            return ReachEnd(playing, end);
        }

        var late = now - target;
        Notice notice = late > options.LateGoTolerance
            ? new LateStart(playing, late, playing.PositionAt(now))
            : new PlaybackStarted(playing, playing.PositionAt(now));
        return new Decision { Next = playing, ToChannel = [notice] };
    }

    private static WatchSession EndWithout(WatchSession session, DateTimeOffset now, EndReason reason) => session with
    {
        Phase = SessionPhase.Ended,
        CountdownTarget = null,
        EndedAt = now,
        EndReason = reason,
    };
}

using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Sessions.Rules;

// A scheduled session's start: its countdown on time, a late join after a restart, or a wait while
// another session (started with /watch start) still holds the channel.
public static partial class SessionRules
{
    /// <summary>
    /// The channel just became free: the booked session that waited longest for it, if any. The
    /// coordinator then runs <see cref="OnChannelFreed"/> on it.
    /// </summary>
    /// <param name="upcoming">The channel's scheduled sessions, soonest first.</param>
    public static WatchSession? NextWaiting(IReadOnlyList<WatchSession> upcoming) =>
        upcoming.FirstOrDefault(s => s.Phase == SessionPhase.Scheduled && s.WaitingSince is not null);

    /// <summary>
    /// A session that waited for the channel may go now: its countdown starts, or it is given up if
    /// the grace period is over. Does nothing for a session that is not waiting (any more), so a
    /// repeated call is harmless.
    /// </summary>
    public static Decision OnChannelFreed(WatchSession waiting, WatchSession? liveInChannel, DateTimeOffset now, SessionRulesOptions options) =>
        waiting is { Phase: SessionPhase.Scheduled, WaitingSince: not null }
            ? BeginScheduled(waiting, liveInChannel, now, options)
            : Decision.Nothing;

    private static Decision BeginScheduled(WatchSession session, WatchSession? liveInChannel, DateTimeOffset now, SessionRulesOptions options)
    {
        var at = session.ScheduledFor ?? now;
        if (liveInChannel is { } blocking && blocking.Id != session.Id)
        {
            return WaitFor(session, blocking, at, now, options);
        }

        if (session.WaitingSince is not null)
        {
            return StartAfterWaiting(session, at, now, options);
        }

        if (at > now)
        {
            return HoldOrCountDown(session, at, now);
        }

        // The start passed while the bot was down: join in progress if the film is plausibly still on.
        var late = now - at;
        if (late >= (session.Clock.Runtime ?? options.LateStartGrace))
        {
            var missed = EndWithout(session, now, EndReason.Missed);
            return new Decision { Next = missed, ToChannel = [new SessionMissed(missed, at)], Disarm = [session.Id] };
        }

        var playing = session with
        {
            Phase = SessionPhase.Playing,
            Clock = session.Clock.RunningFrom(TimeSpan.Zero, at),
            StartedAt = at,
        };

        return WithEnd(now, new Decision { Next = playing, ToChannel = [new LateStart(playing, late, playing.PositionAt(now))] });
    }

    /// <summary>
    /// The channel is busy: wait (announced once), with a timer at the end of the grace period that
    /// gives up if the channel is still busy then. Re-armed on every call, so a wake-up that found the
    /// channel taken again still has its deadline.
    /// </summary>
    private static Decision WaitFor(WatchSession session, WatchSession blocking, DateTimeOffset at, DateTimeOffset now, SessionRulesOptions options)
    {
        var giveUpAt = at + options.LateStartGrace;
        if (now >= giveUpAt)
        {
            var blocked = EndWithout(session, now, EndReason.ChannelBusy);
            return new Decision { Next = blocked, ToChannel = [new ScheduledStartBlocked(blocked, blocking)], Disarm = [session.Id] };
        }

        var deadline = new SessionTimer(session.Id, TimerKind.BeginCountdown, at, giveUpAt);
        if (session.WaitingSince is not null)
        {
            return new Decision { Arm = [deadline] };
        }

        var waiting = session with { WaitingSince = now };
        return new Decision
        {
            Next = waiting,
            ToChannel = [new ScheduledStartWaiting(waiting, blocking, giveUpAt)],
            Arm = [deadline],
        };
    }

    /// <summary>
    /// The channel came free for a session that waited: a fresh countdown (people were watching
    /// something else), the usual scheduled lead but never under the shortest countdown.
    /// </summary>
    private static Decision StartAfterWaiting(WatchSession session, DateTimeOffset at, DateTimeOffset now, SessionRulesOptions options)
    {
        if (now >= at + options.LateStartGrace)
        {
            // Only when the bot was down as the grace period ran out (its timer gives up on time otherwise).
            var missed = EndWithout(session, now, EndReason.Missed);
            return new Decision { Next = missed, ToChannel = [new SessionMissed(missed, at)], Disarm = [session.Id] };
        }

        var lead = options.ScheduledCountdownLead > options.MinCountdown ? options.ScheduledCountdownLead : options.MinCountdown;
        return CountDown(session, PressPlayAt(now + lead));
    }

    private static Decision CountDown(WatchSession session, DateTimeOffset target)
    {
        var counting = session with
        {
            Phase = SessionPhase.CountingDown,
            CountdownTarget = target,
            Clock = session.Clock.RunningFrom(TimeSpan.Zero, target),
        };

        return new Decision
        {
            Next = counting,
            ToChannel = [new CountdownStarted(counting, target, TimeSpan.Zero, By: null, IsResume: false)],
            Arm = [new SessionTimer(session.Id, TimerKind.Go, target, target), .. EndTimer(counting)],
        };
    }
}

using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text;

namespace WatchBot.Core.Features.Sessions.Rules;

// Driving the shared clock: pause, resume, seek. Permission was checked by WithLive.
public static partial class SessionRules
{
    private static Decision Pause(CommandContext context, WatchSession live)
    {
        var now = context.Now;
        if (live.Phase == SessionPhase.Paused)
        {
            return Decision.ReplyOnly(new AlreadySo(live, live.PositionAt(now), "already paused"));
        }

        // Pausing a countdown cancels it and holds the position it would have started from. Ready
        // starts over: during a pause it means "ready to go on".
        var paused = live with
        {
            Phase = SessionPhase.Paused,
            Clock = live.Clock.PausedAt(now),
            CountdownTarget = null,
            ReadyUserIds = [],

            // Any pause answers the open break requests.
            BreakRequests = BreakBook.Closed(live.BreakRequests),
        };

        return new Decision
        {
            Next = paused,
            ToChannel = [new PlaybackPaused(paused, paused.PositionAt(now), context.Actor.User)],

            // A paused session waits for nothing: its GO (if counting down) and its end are off until a resume.
            Disarm = [paused.Id],
        };
    }

    private static Decision Resume(CommandContext context, WatchSession live, ResumeCommand command)
    {
        var now = context.Now;
        if (live.Phase != SessionPhase.Paused)
        {
            var what = live.Phase == SessionPhase.CountingDown ? "already counting down" : "already playing";
            return Decision.ReplyOnly(new AlreadySo(live, live.PositionAt(now), what));
        }

        var options = context.Options;
        var countdown = command.CountdownIn ?? options.DefaultResumeCountdown;
        if (countdown < options.MinCountdown || countdown > options.MaxCountdown)
        {
            return InvalidValue(
                $"The countdown must be between {DurationText.Format(options.MinCountdown)} and {DurationText.Format(options.MaxCountdown)}.",
                "/watch resume in:3s");
        }

        var target = PressPlayAt(now + countdown);
        var from = live.PositionAt(now);
        var resumed = live with
        {
            Phase = SessionPhase.CountingDown,
            CountdownTarget = target,
            Clock = live.Clock.RunningFrom(from, target),

            // A break lasts until everyone presses play again.
            BreaksTaken = BreakBook.Ended(live.BreaksTaken, target),
        };

        return new Decision
        {
            Next = resumed,
            ToChannel = [new CountdownStarted(resumed, target, from, context.Actor.User, IsResume: true)],
            Arm = [new SessionTimer(resumed.Id, TimerKind.Go, target, target), .. EndTimer(resumed)],
        };
    }

    private static Decision Seek(CommandContext context, WatchSession live, SeekCommand command)
    {
        var now = context.Now;
        var from = live.PositionAt(now);
        var wanted = command.IsRelative ? from + command.Offset : command.Offset;
        var to = live.Clock.Clamped(wanted);
        TimeSpan? clampedFrom = to == wanted ? null : wanted;
        if (to == from)
        {
            var why = clampedFrom is { } asked ? $"{OutsideTheMedia(asked, live)}, and that is where it already is" : "it is already there";
            return Decision.ReplyOnly(new AlreadySo(live, from, why));
        }

        var sought = live with { Clock = live.Clock.SeekedTo(wanted, now) };
        return WithEnd(now, new Decision
        {
            Next = sought,
            ToChannel = [new PlaybackSeeked(sought, from, to, context.Actor.User) { Requested = clampedFrom }],
        });
    }

    // "2:30:00 is past the end (2:16:00)" / "that is before the start": why a seek stopped short.
    private static string OutsideTheMedia(TimeSpan asked, WatchSession live) =>
        asked < TimeSpan.Zero
            ? "that is before the start (0:00:00)"
            : $"{PositionText.Format(asked)} is past the end ({PositionText.Format(live.Clock.Runtime ?? asked)})";
}

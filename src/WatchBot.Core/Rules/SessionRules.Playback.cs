using WatchBot.Core.Commands;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Core.Text;

namespace WatchBot.Core.Rules;

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

        // Pausing a countdown cancels it and holds the position it would have started from.
        var paused = live with
        {
            Phase = SessionPhase.Paused,
            Clock = live.Clock.PausedAt(now),
            CountdownTarget = null,
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
        var sought = live with { Clock = live.Clock.SeekedTo(wanted, now) };
        var to = sought.PositionAt(now);

        return WithEnd(now, new Decision
        {
            Next = sought,
            ToChannel = [new PlaybackSeeked(sought, from, to, context.Actor.User)],
        });
    }
}

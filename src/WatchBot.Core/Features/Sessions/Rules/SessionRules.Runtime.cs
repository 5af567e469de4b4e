using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Sessions.Rules;

// The instants a session is timed by: the GO instant people are told, and the end of the media.
public static partial class SessionRules
{
    /// <summary>
    /// The instant everyone presses play: <paramref name="instant"/> rounded up to a whole second.
    /// Every rendering (a local HH:mm:ss, a Discord or Slack timestamp) shows whole seconds, so only a
    /// whole-second GO is named exactly; rounding down would tell people to press play early.
    /// </summary>
    public static DateTimeOffset PressPlayAt(DateTimeOffset instant)
    {
        var fraction = instant.UtcTicks % TimeSpan.TicksPerSecond;
        return fraction == 0 ? instant : instant.AddTicks(TimeSpan.TicksPerSecond - fraction);
    }

    /// <summary>
    /// When the media clock of a live session reaches its runtime, if it runs and the runtime is
    /// known; null while paused, ended, or of unknown length.
    /// </summary>
    public static DateTimeOffset? EndsAt(WatchSession session)
    {
        var clock = session.Clock;
        if (!session.Phase.IsLive() || !clock.IsRunning || clock.Runtime is not { } runtime)
        {
            return null;
        }

        var left = runtime - clock.AnchorPosition;
        return clock.AnchorInstant + (left > TimeSpan.Zero ? left : TimeSpan.Zero);
    }

    /// <summary>
    /// The timer that ends <paramref name="session"/> at its runtime, as a list to arm (empty when it
    /// has no end to wait for). Armed whenever the clock changes: the key (session, kind) replaces the
    /// previous one, and the target makes an older one that still fires do nothing.
    /// </summary>
    private static SessionTimer[] EndTimer(WatchSession session) =>
        EndsAt(session) is { } end ? [new SessionTimer(session.Id, TimerKind.RuntimeEnd, end, end)] : [];

    /// <summary>
    /// <paramref name="decision"/>, which leaves the session running, plus what its end needs: the end
    /// timer, or, when the end is already here (a seek to the end, a restart after it), the end itself.
    /// A timer is never armed for an instant already past: it would fire while this decision still
    /// holds the channel.
    /// </summary>
    private static Decision WithEnd(DateTimeOffset now, Decision decision)
    {
        if (decision.Next is not { } next || EndsAt(next) is not { } end)
        {
            return decision;
        }

        if (end > now)
        {
            return decision with { Arm = [.. decision.Arm, .. EndTimer(next)] };
        }

        var ended = ReachEnd(next, end);
        return ended with { NewReactions = decision.NewReactions, ToChannel = [.. decision.ToChannel, .. ended.ToChannel], Reply = decision.Reply };
    }

    /// <summary>The media reached its end at <paramref name="end"/>: the session ends there, with its recap.</summary>
    private static Decision ReachEnd(WatchSession live, DateTimeOffset end)
    {
        // A first countdown whose GO was not handled yet still started at its target.
        var started = live with { StartedAt = live.StartedAt ?? live.CountdownTarget };
        return EndWithRecap(started, end, EndReason.ReachedEnd, by: null);
    }
}

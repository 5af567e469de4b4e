using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Sessions.Views;

/// <summary>Where things stand in the channel, for the one who asked: the live session, then up to five bookings.</summary>
public static class StatusView
{
    /// <summary>Bookings listed at most.</summary>
    public const int MaxUpcoming = 5;

    public static Reply Of(StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = new List<ViewLine> { report.Live is { } live ? Live(live, report.Position ?? TimeSpan.Zero, report.Now) : ViewLine.Of($"No session is running here.") };
        foreach (var next in report.Upcoming.Take(MaxUpcoming))
        {
            var at = next.ScheduledFor ?? report.Now;
            lines.Add(next.WaitingSince is null
                ? ViewLine.Of($"Next: {SessionWords.Title(next)} at {at:F} ({at:R}).")
                : ViewLine.Of($"Next: {SessionWords.Title(next)}, due at {at:F}, starts when this channel is free."));
        }

        return new Reply(lines);
    }

    private static ViewLine Live(WatchSession live, TimeSpan position, DateTimeOffset now)
    {
        var where = live.Phase switch
        {
            SessionPhase.CountingDown when live.CountdownTarget is { } target => ViewLine.Of($"counting down: press play at {target:T} ({target:R}), from {position}"),
            SessionPhase.Paused => ViewLine.Of($"paused at {position}"),
            _ when live.Clock.IsAtEnd(now) => ViewLine.Of($"at the end ({position})"),
            _ => ViewLine.Of($"playing at {position}"),
        };
        var ready = SessionWords.Count(live.ReadyUserIds.Count, "ready", "ready");
        var reactions = SessionWords.Count(live.Reactions.VisibleCount(live.Kicked), "reaction", "reactions");
        return SessionWords.Merge(ViewLine.Of(
            $"{SessionWords.Title(live)} — {where}. Host {live.Host}, control: {SessionWords.Policy(live.Policy)}, {ready}, {reactions}.").Parts);
    }
}

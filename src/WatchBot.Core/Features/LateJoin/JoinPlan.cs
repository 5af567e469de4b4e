using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;

namespace WatchBot.Core.Features.LateJoin;

/// <summary>
/// One person's way onto the shared clock: seek to <paramref name="Position"/>, then press play at
/// <paramref name="PressAt"/>. Both are whole seconds, because players seek to whole seconds and every
/// platform names whole seconds; the shared clock is then exactly at <c>Position + Past</c>.
/// </summary>
/// <param name="Position">Where to seek: a whole second.</param>
/// <param name="PressAt">When to press play: a whole second of wall time.</param>
/// <param name="Past">
/// How far the shared clock is past <paramref name="Position"/> at <paramref name="PressAt"/>: zero
/// while the clock keeps whole positions on whole seconds (a start, a scheduled GO); under a second
/// after a pause or a seek left it on a fraction, which no whole-second pair can name.
/// </param>
public sealed record JoinPlan(TimeSpan Position, DateTimeOffset PressAt, TimeSpan Past)
{
    /// <summary>
    /// The plan for someone asking at <paramref name="now"/>: the first whole second at least
    /// <paramref name="lead"/> away (time to find the player and seek), or a countdown's own GO when it
    /// comes later. Null when the media reaches its end by then.
    /// </summary>
    public static JoinPlan? For(MediaClock clock, DateTimeOffset now, TimeSpan lead)
    {
        var pressAt = SessionRules.PressPlayAt(now + lead);

        // A countdown further away than the lead: press play with everyone, at its GO.
        if (clock.IsRunning && clock.AnchorInstant > pressAt)
        {
            pressAt = SessionRules.PressPlayAt(clock.AnchorInstant);
        }

        var shared = clock.PositionAt(pressAt);
        if (clock.Runtime is { } runtime && shared >= runtime)
        {
            return null;
        }

        var whole = TimeSpan.FromTicks(shared.Ticks - (shared.Ticks % TimeSpan.TicksPerSecond));
        return new JoinPlan(whole, pressAt, shared - whole);
    }

    /// <summary>Whether this plan presses play at <paramref name="clock"/>'s own GO: with everyone, before the film starts.</summary>
    public bool IsStartOf(MediaClock clock) => clock.IsRunning && PressAt == SessionRules.PressPlayAt(clock.AnchorInstant);
}

using WatchBot.Core.Features.Sessions;

namespace WatchBot.Core.Features.LateJoin;

/// <summary>
/// How far one person's player is from the shared clock, read at the instant their command arrived,
/// and what to do about it.
/// </summary>
/// <param name="Yours">What their player showed.</param>
/// <param name="Shared">Where the shared clock was at that instant.</param>
/// <param name="Drift">Yours minus shared, to the tenth of a second: positive ahead, negative behind.</param>
/// <param name="Advice">What to do.</param>
/// <param name="Plan">For <see cref="DriftAdvice.SeekAndPress"/> and <see cref="DriftAdvice.PressWithEveryone"/>: where to seek and when to press play.</param>
public sealed record DriftReading(TimeSpan Yours, TimeSpan Shared, TimeSpan Drift, DriftAdvice Advice, JoinPlan? Plan)
{
    /// <summary>As close as people can press a button on cue: closer than this is in sync.</summary>
    public static readonly TimeSpan InSyncWithin = TimeSpan.FromMilliseconds(500);

    /// <summary>Ahead by up to this, pausing that long is simpler than seeking; further, seek.</summary>
    public static readonly TimeSpan PauseAtMost = TimeSpan.FromSeconds(10);

    private const long TicksPerTenth = TimeSpan.TicksPerSecond / 10;

    /// <summary>The reading of <paramref name="yours"/> against <paramref name="live"/> at <paramref name="now"/>.</summary>
    public static DriftReading Of(WatchSession live, TimeSpan yours, DateTimeOffset now, TimeSpan lead)
    {
        ArgumentNullException.ThrowIfNull(live);
        var clock = live.Clock;
        var shared = clock.PositionAt(now);
        var drift = TimeSpan.FromTicks((long)Math.Round((double)(yours - shared).Ticks / TicksPerTenth, MidpointRounding.AwayFromZero) * TicksPerTenth);
        var inSync = drift.Duration() <= InSyncWithin;

        if (!clock.IsRunning)
        {
            return new(yours, shared, drift, inSync ? DriftAdvice.InSyncWaitForResume : DriftAdvice.SeekAndWaitForResume, null);
        }

        if (clock.AnchorInstant > now)
        {
            // A GO too close to seek before it: the plan presses play after it, like a late joiner.
            var plan = JoinPlan.For(clock, now, lead);
            return new(yours, shared, drift, plan is null || plan.IsStartOf(clock) ? DriftAdvice.PressWithEveryone : DriftAdvice.SeekAndPress, plan);
        }

        if (inSync)
        {
            return new(yours, shared, drift, DriftAdvice.InSync, null);
        }

        return drift > TimeSpan.Zero && drift <= PauseAtMost
            ? new(yours, shared, drift, DriftAdvice.PauseFor, null)
            : new(yours, shared, drift, DriftAdvice.SeekAndPress, JoinPlan.For(clock, now, lead));
    }
}

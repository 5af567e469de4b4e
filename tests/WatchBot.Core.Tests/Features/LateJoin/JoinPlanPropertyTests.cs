using CsCheck;
using WatchBot.Core.Features.LateJoin;
using WatchBot.Core.Features.LateJoin.Rules;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.LateJoin;

/// <summary>
/// For random shared clocks and arrival instants, the answer to <c>/watch join</c> names a whole-second
/// position and a whole-second press instant that agree with the shared clock exactly. Seeded: the
/// same 2,000 cases on every run.
/// </summary>
public sealed class JoinPlanPropertyTests
{
    private const ulong Seed = 20261130;
    private const int Cases = 2_000;

    private static readonly Gen<(MediaClock Clock, DateTimeOffset Now)> AnyClock =
        from anchorMs in Gen.Long[-7_200_000, 7_200_000]
        from positionMs in Gen.Long[0, 3 * 3_600_000]
        from wholeSeconds in Gen.Bool
        from runtimeMs in Gen.Long[1_000, 4 * 3_600_000].Nullable()
        from nowMs in Gen.Long[-60_000, 7_200_000]
        select Build(anchorMs, positionMs, wholeSeconds, runtimeMs, nowMs);

    [Fact]
    public void Join_SaysAPositionAndAPressInstant_ThatTheSharedClockAgreesWith()
    {
        for (var i = 0; i < Cases; i++)
        {
            var (clock, now) = AnyClock.Generate(new PCG((uint)i, Seed), null, out _);
            var session = Session(SessionPhase.Playing, clock);
            var decision = SessionRules.Decide(Context(Bob, session, now: now), new JoinCommand());
            var what = $"case {i}: {clock} at {now:O}";

            if (decision.Reply is not JoinCountdown { Plan: var plan })
            {
                // Refused only when the media reaches its end before anyone could press play.
                var press = SessionRules.PressPlayAt(now + LateJoinRules.Lead);
                var at = clock.AnchorInstant > press ? SessionRules.PressPlayAt(clock.AnchorInstant) : press;
                Assert.True(clock.Runtime is { } end && clock.PositionAt(at) >= end, what);
                continue;
            }

            Assert.Equal(0, plan.PressAt.UtcTicks % TimeSpan.TicksPerSecond);
            Assert.Equal(0, plan.Position.Ticks % TimeSpan.TicksPerSecond);
            Assert.Equal(clock.PositionAt(plan.PressAt), plan.Position + plan.Past);
            Assert.InRange(plan.Past, TimeSpan.Zero, TimeSpan.FromTicks(TimeSpan.TicksPerSecond - 1));
            Assert.True(plan.PressAt >= now + LateJoinRules.Lead, what);

            // Time to seek, and no more; unless the countdown's own GO is later, then exactly that.
            var go = SessionRules.PressPlayAt(clock.AnchorInstant);
            Assert.True(plan.PressAt < now + LateJoinRules.Lead + Second || plan.PressAt == go, what);

            // A clock on whole seconds (a start, a scheduled GO) is matched exactly: position at press == stated position.
            if ((clock.AnchorPosition.Ticks - clock.AnchorInstant.UtcTicks) % TimeSpan.TicksPerSecond == 0)
            {
                Assert.Equal(plan.Position, clock.PositionAt(plan.PressAt));
            }
        }
    }

    [Fact]
    public void Join_WhilePaused_NamesTheFrozenPosition_ForAnyClock()
    {
        for (var i = 0; i < Cases; i++)
        {
            var (running, now) = AnyClock.Generate(new PCG((uint)i, Seed), null, out _);
            var clock = running with { IsRunning = false };
            var decision = SessionRules.Decide(Context(Bob, Session(SessionPhase.Paused, clock), now: now), new JoinCommand());

            Assert.Equal(clock.PositionAt(now), Assert.IsType<JoinWhilePaused>(decision.Reply).Position);
        }
    }

    private static (MediaClock, DateTimeOffset) Build(long anchorMs, long positionMs, bool wholeSeconds, long? runtimeMs, long nowMs)
    {
        if (wholeSeconds)
        {
            anchorMs -= anchorMs % 1000;
            positionMs -= positionMs % 1000;
        }

        var anchor = T0.AddMilliseconds(anchorMs);
        var position = TimeSpan.FromMilliseconds(positionMs);
        TimeSpan? runtime = runtimeMs is { } r ? position + TimeSpan.FromMilliseconds(r) : null;

        // The engine's "now" is to the whole millisecond.
        return (new MediaClock(anchor, position, IsRunning: true, runtime), anchor.AddMilliseconds(nowMs));
    }
}

using Quartz;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Engine.Ports;
using WatchBot.Scheduling.Tests.Support;

namespace WatchBot.Scheduling.Tests;

/// <summary>
/// The timers on real Quartz and a real SQLite file, on a manual clock: Quartz parks its loop on a
/// timer of the host's TimeProvider, so moving the clock is what makes a due trigger fire.
/// </summary>
public sealed class QuartzSessionTimersTests : QuartzOnSqliteTest
{
    [Fact]
    public async Task Arm_ThenClockReachesDueTime_HandlerGetsTheSameTimer()
    {
        // A target with an offset of its own: the instant and its offset both come back.
        var now = Time.GetUtcNow();
        var timer = new SessionTimer(SessionId.New(), TimerKind.Go, (now + TimeSpan.FromMinutes(10)).ToOffset(TimeSpan.FromHours(2)), now + TimeSpan.FromMinutes(10));
        await Host.Timers.ArmAsync(timer, None);

        Time.Advance(TimeSpan.FromMinutes(10));

        var fired = await Host.Handler.FiredAsync(t => t.SessionId == timer.SessionId);
        Assert.Equal(timer, fired);
        Assert.Equal(TimeSpan.FromHours(2), fired.Target.Offset);
        Assert.Single(Host.Handler.Fired);
    }

    [Fact]
    public async Task Arm_ClockShortOfDueTime_DoesNotFireYet()
    {
        var later = Timer(SessionId.New(), TimerKind.Go, dueIn: TimeSpan.FromMinutes(10));
        var sooner = Timer(SessionId.New(), TimerKind.Go, dueIn: TimeSpan.FromMinutes(9));
        await Host.Timers.ArmAsync(later, None);
        await Host.Timers.ArmAsync(sooner, None);

        Time.Advance(TimeSpan.FromMinutes(9));

        // The sooner one is the proof that Quartz looked at 20:09; the later one was not due then.
        await Host.Handler.FiredAsync(sooner);
        Assert.DoesNotContain(later, Host.Handler.Fired);
        Assert.True(await Scheduler.Exists(SessionTimerJobData.JobKeyFor(later.SessionId.Aggregate, later.Kind.ToString()), None));
    }

    [Fact]
    public async Task ArmAgain_SameSessionAndKind_OnlyTheSecondFires()
    {
        var session = SessionId.New();
        var first = Timer(session, TimerKind.Go, dueIn: TimeSpan.FromMinutes(5));
        var second = Timer(session, TimerKind.Go, dueIn: TimeSpan.FromMinutes(10), targetIn: TimeSpan.FromMinutes(11));
        var witness = Timer(SessionId.New(), TimerKind.Go, dueIn: TimeSpan.FromMinutes(6));
        await Host.Timers.ArmAsync(first, None);
        await Host.Timers.ArmAsync(second, None);
        await Host.Timers.ArmAsync(witness, None);

        // One job and one trigger are left for the pair, holding the second timer.
        var trigger = await Scheduler.GetTrigger(SessionTimerJobData.TriggerKeyFor(session.Aggregate, nameof(TimerKind.Go)), None);
        Assert.NotNull(trigger);
        Assert.Equal(second.DueAt, trigger.NextFireTimeUtc);
        Assert.Single(await Scheduler.GetTriggersOfJob(SessionTimerJobData.JobKeyFor(session.Aggregate, nameof(TimerKind.Go)), None));

        // Past the first one's due time: only the witness fires.
        Time.Advance(TimeSpan.FromMinutes(6));
        await Host.Handler.FiredAsync(witness);
        Assert.DoesNotContain(Host.Handler.Fired, t => t.SessionId == session);

        Time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(second, await Host.Handler.FiredAsync(t => t.SessionId == session));
        Assert.Equal([second], Host.Handler.Fired.Where(t => t.SessionId == session));
    }

    [Fact]
    public async Task Disarm_BeforeDueTime_NothingOfThatSessionFires()
    {
        var ended = SessionId.New();
        await Host.Timers.ArmAsync(Timer(ended, TimerKind.BeginCountdown, dueIn: TimeSpan.FromMinutes(4)), None);
        await Host.Timers.ArmAsync(Timer(ended, TimerKind.Go, dueIn: TimeSpan.FromMinutes(5)), None);
        await Host.Timers.ArmAsync(Timer(ended, TimerKind.RuntimeEnd, dueIn: TimeSpan.FromMinutes(5)), None);
        var witness = Timer(SessionId.New(), TimerKind.Go, dueIn: TimeSpan.FromMinutes(6));
        await Host.Timers.ArmAsync(witness, None);

        await Host.Timers.DisarmAsync(ended, None);

        Assert.False(await Scheduler.Exists(SessionTimerJobData.JobKeyFor(ended.Aggregate, nameof(TimerKind.BeginCountdown)), None));
        Assert.False(await Scheduler.Exists(SessionTimerJobData.JobKeyFor(ended.Aggregate, nameof(TimerKind.Go)), None));
        Assert.False(await Scheduler.Exists(SessionTimerJobData.JobKeyFor(ended.Aggregate, nameof(TimerKind.RuntimeEnd)), None));
        Time.Advance(TimeSpan.FromMinutes(6));
        await Host.Handler.FiredAsync(witness);
        Assert.DoesNotContain(Host.Handler.Fired, t => t.SessionId == ended);
    }

    [Fact]
    public async Task Disarm_SessionWithNoTimers_DoesNothing()
    {
        var witness = Timer(SessionId.New(), TimerKind.Go, dueIn: TimeSpan.FromMinutes(1));
        await Host.Timers.ArmAsync(witness, None);

        await Host.Timers.DisarmAsync(SessionId.New(), None);

        Assert.True(await Scheduler.Exists(SessionTimerJobData.JobKeyFor(witness.SessionId.Aggregate, witness.Kind.ToString()), None));
    }

    [Fact]
    public async Task Arm_BothKindsForOneSession_BothFire()
    {
        var session = SessionId.New();
        var countdown = Timer(session, TimerKind.BeginCountdown, dueIn: TimeSpan.FromMinutes(59), targetIn: TimeSpan.FromHours(1));
        var go = Timer(session, TimerKind.Go, dueIn: TimeSpan.FromHours(1));
        await Host.Timers.ArmAsync(countdown, None);
        await Host.Timers.ArmAsync(go, None);

        Time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(countdown, await Host.Handler.FiredAsync(countdown));
        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(go, await Host.Handler.FiredAsync(go));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3600)]
    public async Task Arm_DueTimeAlreadyPassed_FiresWithoutTheClockMoving(int secondsAgo)
    {
        // Within and far beyond the misfire threshold: either way it fires once, now.
        var timer = Timer(SessionId.New(), TimerKind.Go, dueIn: TimeSpan.FromSeconds(-secondsAgo));

        await Host.Timers.ArmAsync(timer, None);

        Assert.Equal(timer, await Host.Handler.FiredAsync(timer));
        Assert.Single(Host.Handler.Fired);
    }

    private SessionTimer Timer(SessionId session, TimerKind kind, TimeSpan dueIn, TimeSpan? targetIn = null)
    {
        var now = Time.GetUtcNow();
        return new SessionTimer(session, kind, now + (targetIn ?? dueIn + TimeSpan.FromSeconds(3)), now + dueIn);
    }
}

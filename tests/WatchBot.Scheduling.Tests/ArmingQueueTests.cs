using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Engine.Ports;
using WatchBot.Scheduling.Tests.Support;

namespace WatchBot.Scheduling.Tests;

/// <summary>
/// Timer writes queued together (<see cref="ArmingQueue"/>), on real Quartz and a real SQLite file:
/// arms that wait together are stored in one transaction, and each still ends up exactly as if the
/// writes had run one after another in the order they were asked for.
/// </summary>
public sealed class ArmingQueueTests : QuartzOnSqliteTest
{
    [Fact]
    public async Task ManyArmsAtOnce_AreEachStored_AndEachFiresOnce()
    {
        var timers = Enumerable.Range(0, 60).Select(i => Timer(SessionId.New(), TimerKind.Go, TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(i % 7))).ToList();

        await Task.WhenAll(timers.Select(t => Host.Timers.ArmAsync(t, None)));

        foreach (var timer in timers)
        {
            Assert.Equal(timer.DueAt, await NextFireAsync(timer));
        }

        Time.Advance(TimeSpan.FromMinutes(11));
        foreach (var timer in timers)
        {
            await Host.Handler.FiredAsync(timer);
        }

        Assert.Equal(60, Host.Handler.Fired.Count);
    }

    [Fact]
    public async Task OneKeyArmedTwiceAtOnce_TheLaterArmIsStored()
    {
        var session = SessionId.New();
        var first = Timer(session, TimerKind.Go, TimeSpan.FromMinutes(10));
        var second = Timer(session, TimerKind.Go, TimeSpan.FromMinutes(20));

        await Task.WhenAll(Host.Timers.ArmAsync(first, None), Host.Timers.ArmAsync(second, None));

        Assert.Equal(second.DueAt, await NextFireAsync(second));
    }

    [Fact]
    public async Task ArmDisarmArm_AskedTogether_RunInThatOrder()
    {
        var gone = SessionId.New();
        var kept = SessionId.New();
        var goneTimer = Timer(gone, TimerKind.Go, TimeSpan.FromMinutes(10));
        var keptFirst = Timer(kept, TimerKind.Go, TimeSpan.FromMinutes(10));
        var keptLater = Timer(kept, TimerKind.Go, TimeSpan.FromMinutes(30));

        // None awaited before the next is asked for: they queue together.
        await Task.WhenAll(
            Host.Timers.ArmAsync(goneTimer, None),
            Host.Timers.ArmAsync(keptFirst, None),
            Host.Timers.DisarmAsync(gone.Aggregate, SessionTimer.KindNames, None),
            Host.Timers.DisarmAsync(kept.Aggregate, SessionTimer.KindNames, None),
            Host.Timers.ArmAsync(keptLater, None));

        Assert.Null(await NextFireAsync(goneTimer));
        Assert.Equal(keptLater.DueAt, await NextFireAsync(keptLater));
    }

    private async Task<DateTimeOffset?> NextFireAsync(SessionTimer timer)
    {
        var aggregate = timer.ToAggregateTimer();
        var trigger = await Scheduler.GetTrigger(SessionTimerJobData.TriggerKeyFor(aggregate.Aggregate, aggregate.Kind));
        return trigger?.StartTimeUtc;
    }

    private SessionTimer Timer(SessionId session, TimerKind kind, TimeSpan dueIn)
    {
        var due = Time.GetUtcNow() + dueIn;
        return new SessionTimer(session, kind, due, due);
    }
}

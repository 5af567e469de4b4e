using Quartz;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Engine.Ports;
using WatchBot.Scheduling.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Scheduling.Tests;

/// <summary>
/// Timer writes queued together (<see cref="ArmingQueue"/>), on real Quartz and a real SQLite file:
/// arms that wait together are stored in one transaction, and each still ends up exactly as if the
/// writes had run one after another in the order they were asked for.
/// </summary>
public sealed class ArmingQueueTests : IAsyncLifetime, IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private SchedulingHost _host = null!;
    private IScheduler _scheduler = null!;

    public async Task InitializeAsync()
    {
        _host = SchedulingHost.Create(_folder.DatabasePath, _time);
        _scheduler = await _host.StartAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ManyArmsAtOnce_AreEachStored_AndEachFiresOnce()
    {
        var timers = Enumerable.Range(0, 60).Select(i => Timer(SessionId.New(), TimerKind.Go, TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(i % 7))).ToList();

        await Task.WhenAll(timers.Select(t => _host.Timers.ArmAsync(t, None)));

        foreach (var timer in timers)
        {
            Assert.Equal(timer.DueAt, await NextFireAsync(timer));
        }

        _time.Advance(TimeSpan.FromMinutes(11));
        foreach (var timer in timers)
        {
            await _host.Handler.FiredAsync(timer);
        }

        Assert.Equal(60, _host.Handler.Fired.Count);
    }

    [Fact]
    public async Task OneKeyArmedTwiceAtOnce_TheLaterArmIsStored()
    {
        var session = SessionId.New();
        var first = Timer(session, TimerKind.Go, TimeSpan.FromMinutes(10));
        var second = Timer(session, TimerKind.Go, TimeSpan.FromMinutes(20));

        await Task.WhenAll(_host.Timers.ArmAsync(first, None), _host.Timers.ArmAsync(second, None));

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
            _host.Timers.ArmAsync(goneTimer, None),
            _host.Timers.ArmAsync(keptFirst, None),
            _host.Timers.DisarmAsync(gone.Aggregate, SessionTimer.KindNames, None),
            _host.Timers.DisarmAsync(kept.Aggregate, SessionTimer.KindNames, None),
            _host.Timers.ArmAsync(keptLater, None));

        Assert.Null(await NextFireAsync(goneTimer));
        Assert.Equal(keptLater.DueAt, await NextFireAsync(keptLater));
    }

    private async Task<DateTimeOffset?> NextFireAsync(SessionTimer timer)
    {
        var aggregate = timer.ToAggregateTimer();
        var trigger = await _scheduler.GetTrigger(SessionTimerJobData.TriggerKeyFor(aggregate.Aggregate, aggregate.Kind));
        return trigger?.StartTimeUtc;
    }

    private SessionTimer Timer(SessionId session, TimerKind kind, TimeSpan dueIn)
    {
        var due = _time.GetUtcNow() + dueIn;
        return new SessionTimer(session, kind, due, due);
    }
}

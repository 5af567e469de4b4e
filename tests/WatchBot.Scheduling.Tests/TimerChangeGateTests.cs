using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Scheduling.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Scheduling.Tests;

/// <summary>
/// A burst of bookings arms a timer each: at most <c>Scheduling:MaxConcurrentTimerChanges</c> reach the
/// job store at once (each would hold a pooled connection while it waits for the store's lock), and the
/// rest wait their turn and then all get through.
/// </summary>
public sealed class TimerChangeGateTests
{
    private readonly FakeTimeProvider _time = new(TestTime.Start);

    [Fact]
    public async Task ABurstOfArmsAndDisarms_ReachesTheStoreAtMostTheConfiguredNumberAtOnce_AndEveryOneCompletes()
    {
        var (store, factory) = BlockingScheduler.Create();
        using var timers = new QuartzSessionTimers(factory, _time, NullLogger<QuartzSessionTimers>.Instance, null,
            Options.Create(new SchedulingOptions { MaxConcurrentTimerChanges = 3 }));

        var changes = Enumerable.Range(0, 20).Select(i => i % 4 == 0
            ? timers.DisarmAsync(Session(), ["Go"], CancellationToken.None)
            : timers.ArmAsync(new AggregateTimer(Session(), "Go", _time.GetUtcNow().AddMinutes(5), _time.GetUtcNow().AddMinutes(5)), CancellationToken.None)).ToList();

        // Every change starts synchronously (the scheduler is at hand): without the gate all 20 would be inside now.
        Assert.Equal(3, store.Entered);
        Assert.All(changes, c => Assert.False(c.IsCompleted, c.Exception?.GetBaseException().Message));

        store.Release();
        await Task.WhenAll(changes).Budgeted();
        Assert.Equal(20, store.Entered);
        Assert.Equal(3, store.Peak);
    }

    private static AggregateKey Session() => new(SessionId.AggregateKind, SessionId.New().Value);
}

using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;
using WatchBot.Scheduling.Tests.Support;

namespace WatchBot.Scheduling.Tests;

/// <summary>
/// One check on the clock a deployment runs: real time, a due time a second away. The only test here
/// that waits for time to pass; it waits on the firing, within the budget, never a fixed sleep.
/// </summary>
public sealed class SystemClockTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Arm_OnTheSystemClock_FiresAtTheDueTimeAndNotBefore()
    {
        var clock = TimeProvider.System;
        await using var host = SchedulingHost.Create(_folder.DatabasePath, clock);
        await host.StartAsync();
        var now = clock.GetUtcNow();
        var timer = new SessionTimer(SessionId.New(), TimerKind.Go, now.AddSeconds(2), now.AddSeconds(1));

        await host.Timers.ArmAsync(timer, CancellationToken.None);

        Assert.Equal(timer, await host.Handler.FiredAsync(timer));
        Assert.True(clock.GetUtcNow() >= timer.DueAt, "fired before its due time");
    }
}

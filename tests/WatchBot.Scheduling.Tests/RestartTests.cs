using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;
using WatchBot.Scheduling.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Scheduling.Tests;

/// <summary>Timers live in the SQLite file, not the process: a new host on the same file fires them.</summary>
public sealed class RestartTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(TestTime.Start);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Arm_HostStopsBeforeDueTime_NextHostOnTheSameFileFiresIt()
    {
        var timer = Timer(dueIn: TimeSpan.FromMinutes(10));
        await using (var first = SchedulingHost.Create(_folder.DatabasePath, _time))
        {
            await first.StartAsync();
            await first.Timers.ArmAsync(timer, None);
            await first.StopAsync();
            Assert.Empty(first.Handler.Fired);
        }

        await using var second = SchedulingHost.Create(_folder.DatabasePath, _time);
        await second.StartAsync();
        _time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(timer, await second.Handler.FiredAsync(timer));
    }

    [Fact]
    public async Task DueTimePassesWhileDown_NextHostFiresItOnStartUp()
    {
        var timer = Timer(dueIn: TimeSpan.FromMinutes(10));
        await using (var first = SchedulingHost.Create(_folder.DatabasePath, _time))
        {
            await first.StartAsync();
            await first.Timers.ArmAsync(timer, None);
        }

        // Down for two hours, far beyond the misfire threshold; nobody moves the clock after start-up.
        _time.Advance(TimeSpan.FromHours(2));
        await using var second = SchedulingHost.Create(_folder.DatabasePath, _time);
        await second.StartAsync();

        // The very timer that was armed, due instant included: the handler judges how late it is.
        Assert.Equal(timer, await second.Handler.FiredAsync(timer));
        Assert.Single(second.Handler.Fired);
    }

    [Fact]
    public async Task Arm_BeforeTheSchedulerStarts_FiresOnceItRuns()
    {
        // What start-up recovery does: it re-arms timers while the host is still starting, on a fresh file.
        await using var host = SchedulingHost.Create(_folder.DatabasePath, _time);
        var timer = Timer(dueIn: TimeSpan.FromMinutes(1));
        await host.Timers.ArmAsync(timer, None);

        await host.StartAsync();
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(timer, await host.Handler.FiredAsync(timer));
    }

    private SessionTimer Timer(TimeSpan dueIn)
    {
        var now = _time.GetUtcNow();
        return new SessionTimer(SessionId.New(), TimerKind.Go, now + dueIn, now + dueIn);
    }
}

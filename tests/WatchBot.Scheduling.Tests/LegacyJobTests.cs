using Quartz;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;
using WatchBot.Scheduling.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Scheduling.Tests;

/// <summary>
/// Jobs armed before timers were generic (session id and kind only) are stored in users' files: after
/// an upgrade they must still load, fire, be replaced by a new arming, and be disarmed.
/// </summary>
public sealed class LegacyJobTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(TestTime.Start);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AJobInTheOldShape_FiresAfterARestart_AsTheSessionsTimer()
    {
        var due = TestTime.Start.AddMinutes(10);
        await using (var before = SchedulingHost.Create(_folder.DatabasePath, _time))
        {
            var scheduler = await before.StartAsync();
            await scheduler.ScheduleJob(OldJob("old000000001", "Go", due), OldTrigger("old000000001", "Go", due), ScheduleJobOptions.Replacing, None);
            await before.StopAsync();
        }

        await using var after = SchedulingHost.Create(_folder.DatabasePath, _time);
        await after.StartAsync();
        _time.Advance(TimeSpan.FromMinutes(10));

        var expected = new SessionTimer(new SessionId("old000000001"), TimerKind.Go, due, due);
        Assert.Equal(expected, await after.Handler.FiredAsync(expected));
    }

    [Fact]
    public async Task AJobInTheOldShape_IsReplacedByArmingAgain_AndRemovedByDisarm()
    {
        var due = TestTime.Start.AddMinutes(10);
        var session = new SessionId("old000000002");
        await using var host = SchedulingHost.Create(_folder.DatabasePath, _time);
        var scheduler = await host.StartAsync();
        await scheduler.ScheduleJob(OldJob(session.Value, "RuntimeEnd", due), OldTrigger(session.Value, "RuntimeEnd", due), ScheduleJobOptions.Replacing, None);

        // Same (session, kind): the new arming replaces the old job instead of adding a second timer.
        var later = due.AddMinutes(5);
        await host.Timers.ArmAsync(new SessionTimer(session, TimerKind.RuntimeEnd, later, later), None);
        var key = new JobKey($"{session.Value}/RuntimeEnd", "session-timers");
        var replaced = await scheduler.GetJobDetail(key, None);
        Assert.Equal(later.ToString("O", System.Globalization.CultureInfo.InvariantCulture), replaced!.JobDataMap.GetString("target"));
        Assert.Single(await scheduler.GetTriggersOfJob(key, None));

        await scheduler.ScheduleJob(OldJob(session.Value, "Go", due), OldTrigger(session.Value, "Go", due), ScheduleJobOptions.Replacing, None);
        await host.Timers.DisarmAsync(session, None);

        Assert.False(await scheduler.Exists(key, None));
        Assert.False(await scheduler.Exists(new JobKey($"{session.Value}/Go", "session-timers"), None));
    }

    // Built by hand in the stored shape of the first version, not through today's code.
    private static IJobDetail OldJob(string sessionId, string kind, DateTimeOffset at) =>
        JobBuilder.Create<SessionTimerJob>()
            .WithIdentity($"{sessionId}/{kind}", "session-timers")
            .UsingJobData(new JobDataMap
            {
                ["sessionId"] = sessionId,
                ["kind"] = kind,
                ["target"] = at.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["dueAt"] = at.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            })
            .RequestRecovery()
            .Build();

    private ITrigger OldTrigger(string sessionId, string kind, DateTimeOffset at) =>
        TriggerBuilder.Create(_time)
            .WithIdentity($"{sessionId}/{kind}", "session-timers")
            .StartAt(at)
            .WithSchedule(SimpleScheduleBuilder.Create().WithRepeatCount(0).WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
}

using Microsoft.Extensions.Logging;
using Quartz;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;
using WatchBot.Scheduling.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Scheduling.Tests;

/// <summary>A stored job whose data cannot be read is logged and skipped; the scheduler carries on.</summary>
public sealed class SessionTimerJobTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(TestTime.Start);

    public static TheoryData<string, string?, string?, string?> Malformed => new()
    {
        { "no kind", null, "2026-11-22T20:05:00.0000000+00:00", "2026-11-22T20:05:00.0000000+00:00" },
        { "kind not a name", "Go, Rewind", "2026-11-22T20:05:00.0000000+00:00", "2026-11-22T20:05:00.0000000+00:00" },
        { "unreadable target", "Go", "tomorrow evening", "2026-11-22T20:05:00.0000000+00:00" },
        { "no due time", "Go", "2026-11-22T20:05:00.0000000+00:00", null },
    };

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task MalformedJobData_IsLoggedAndSkipped_AndLaterTimersStillFire(string why, string? kind, string? target, string? dueAt)
    {
        await using var host = SchedulingHost.Create(_folder.DatabasePath, _time);
        var scheduler = await host.StartAsync();
        var outcomes = new JobOutcomeListener();
        scheduler.ListenerManager.AddJobListener(outcomes, []);

        var badKey = new JobKey("bad-" + why.Replace(' ', '-'), SessionTimerJobData.Group);
        await scheduler.ScheduleJob(BadJob(badKey, kind, target, dueAt), OneShot(badKey, TimeSpan.FromMinutes(1)), default, None);
        var now = _time.GetUtcNow();
        var good = new SessionTimer(SessionId.New(), TimerKind.Go, now.AddMinutes(2), now.AddMinutes(2));
        await host.Timers.ArmAsync(good, None);

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await outcomes.OutcomeAsync(badKey));
        var logged = await host.Logs.LoggedAsync(typeof(SessionTimerJob).FullName!, 3003);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Contains(badKey.ToString(), logged.Message, StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(good, await host.Handler.FiredAsync(good));
        Assert.Equal([good], host.Handler.Fired);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    private static IJobDetail BadJob(JobKey key, string? kind, string? target, string? dueAt)
    {
        var data = new JobDataMap { [SessionTimerJobData.SessionIdKey] = "s-1" };
        Put(data, SessionTimerJobData.KindKey, kind);
        Put(data, SessionTimerJobData.TargetKey, target);
        Put(data, SessionTimerJobData.DueAtKey, dueAt);
        return JobBuilder.Create<SessionTimerJob>().WithIdentity(key).UsingJobData(data).Build();
    }

    private static void Put(JobDataMap data, string key, string? value)
    {
        if (value is not null)
        {
            data[key] = value;
        }
    }

    private ITrigger OneShot(JobKey job, TimeSpan dueIn) =>
        TriggerBuilder.Create(_time).ForJob(job).StartAt(_time.GetUtcNow() + dueIn).Build();
}

using WatchBot.Testing;
using WatchBot.Testing.Postgres;
using Xunit.Abstractions;

namespace WatchBot.Scheduling.Tests.Postgres;

/// <summary>Two instances on one PostgreSQL database are one Quartz cluster: each timer fires once, on one of them.</summary>
public sealed class ClusteredFiringTests(ITestOutputHelper output)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeTimeProvider _time = new(TestTime.Start);

    // The clock jumps in these tests; a threshold far beyond the jump keeps a live node from being
    // written off as dead (a conviction replays its firings, which is the failover test's subject).
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Scheduling:ClusterCheckinMisfireThreshold"] = "00:10:00",
    };

    [Fact]
    public async Task TimersArmedThroughEitherInstance_EachFiresExactlyOnceInTheCluster()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var firings = new FleetFirings();
        await using var a = ClusterNode.Create(database.ConnectionString, _time, Settings, firings.For("a"));
        await using var b = ClusterNode.Create(database.ConnectionString, _time, Settings, firings.For("b"));
        await a.StartAsync();
        await b.StartAsync();
        var now = _time.GetUtcNow();
        // Due beyond the 30 s a node looks ahead when it is told of a new trigger, so the arming node
        // does not claim them in advance: both nodes compete for every one when they come due.
        var timers = Enumerable.Range(1, 20).Select(i => FleetFirings.Timer($"t{i:00}", now.AddSeconds(40 + i))).ToList();
        for (var i = 0; i < timers.Count; i++)
        {
            await (i % 2 == 0 ? a : b).Timers.ArmAsync(timers[i], None);
        }

        _time.Advance(TimeSpan.FromSeconds(75));
        await firings.WhenAsync(f => f.Select(x => x.Timer).Distinct().Count() == timers.Count);

        // Done means done everywhere: no trigger left and no firing in flight on either node, so no
        // second firing can still come.
        await Eventually.TrueAsync(async () =>
            await Sql.CountAsync(database.ConnectionString, "SELECT (SELECT count(*) FROM qrtz_triggers) + (SELECT count(*) FROM qrtz_fired_triggers)") == 0);
        Assert.Equal(timers.Order(TimerOrder.Instance), firings.Firings.Select(f => f.Timer).Order(TimerOrder.Instance));
        output.WriteLine($"fired on a: {firings.Firings.Count(f => f.Node == "a")}, on b: {firings.Firings.Count(f => f.Node == "b")}");
    }

    [Fact]
    public async Task BothInstances_CheckInUnderNamesOfTheirOwn()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var a = ClusterNode.Create(database.ConnectionString, _time, Settings);
        await using var b = ClusterNode.Create(database.ConnectionString, _time, Settings);

        var schedulerA = await a.StartAsync();
        var schedulerB = await b.StartAsync();

        Assert.NotEqual(schedulerA.SchedulerInstanceId, schedulerB.SchedulerInstanceId);
        Assert.StartsWith(Environment.MachineName, schedulerA.SchedulerInstanceId, StringComparison.Ordinal);
        Assert.Equal(
            new[] { schedulerA.SchedulerInstanceId, schedulerB.SchedulerInstanceId }.Order(StringComparer.Ordinal),
            (await Sql.ColumnAsync(database.ConnectionString, "SELECT instance_name FROM qrtz_scheduler_state")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InstanceIdAndCheckinInterval_FromConfiguration_AreWhatTheClusterSees()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var a = ClusterNode.Create(database.ConnectionString, _time, new Dictionary<string, string?>(Settings)
        {
            ["Scheduling:InstanceId"] = "watchbot-1",
            ["Scheduling:ClusterCheckinInterval"] = "00:00:03",
        });

        var scheduler = await a.StartAsync();

        Assert.Equal("watchbot-1", scheduler.SchedulerInstanceId);
        Assert.Equal(["watchbot-1"], await Sql.ColumnAsync(database.ConnectionString, "SELECT instance_name FROM qrtz_scheduler_state"));
        Assert.Equal(3000, await Sql.CountAsync(database.ConnectionString, "SELECT checkin_interval FROM qrtz_scheduler_state"));
        Assert.False(Directory.Exists(Path.GetDirectoryName(ClusterNode.UnusedSqlitePath)));
    }
}

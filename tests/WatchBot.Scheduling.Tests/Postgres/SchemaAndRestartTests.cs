using WatchBot.Testing;
using WatchBot.Testing.Postgres;

namespace WatchBot.Scheduling.Tests.Postgres;

/// <summary>Quartz's tables made at start on an empty database, and timers that outlive every instance.</summary>
public sealed class SchemaAndRestartTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string[] QuartzTables =
        ["qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers", "qrtz_fired_triggers", "qrtz_locks", "qrtz_scheduler_state"];

    private readonly FakeTimeProvider _time = new(TestTime.Start);

    // Both nodes provision and start at the same moment. It once failed in about half of the CI runs: one
    // node's log ended at Quartz inserting its first lock row, and it never started; it was waiting on the
    // scheduler's clock, this test's fake one, which nothing moved (with ClockPump it passes every time).
    // Real instances wait real time and start.
    [Fact]
    public async Task TwoInstancesStartingAtOnce_OnAnEmptyDatabase_MakeTheTablesAndRun()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        Assert.Equal(0, await Sql.CountAsync(database.ConnectionString, "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'qrtz%'"));
        var firings = new FleetFirings();
        await using var a = ClusterNode.Create(database.ConnectionString, _time, handler: firings.For("a"));
        await using var b = ClusterNode.Create(database.ConnectionString, _time, handler: firings.For("b"));

        var started = Task.WhenAll(a.StartAsync(), b.StartAsync());
        using (ClockPump.Run(_time, started))
        {
            await started;
        }

        var tables = await Sql.ColumnAsync(database.ConnectionString, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
        Assert.Superset(QuartzTables.ToHashSet(), tables.ToHashSet());
        Assert.Equal(2, await Sql.CountAsync(database.ConnectionString, "SELECT count(*) FROM qrtz_scheduler_state"));

        var timer = FleetFirings.Timer("after-race", _time.GetUtcNow().AddSeconds(5));
        await b.Timers.ArmAsync(timer, None);
        _time.Advance(TimeSpan.FromSeconds(5));
        await firings.WhenAsync(f => f.Count == 1);
        Assert.Equal(timer, Assert.Single(firings.Firings).Timer);
    }

    [Fact]
    public async Task EveryInstanceStops_ANewOneOnTheSameDatabaseFiresTheTimer()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var timer = FleetFirings.Timer("kept", _time.GetUtcNow().AddMinutes(10));
        await using (var first = ClusterNode.Create(database.ConnectionString, _time, handler: new FleetFirings().For("first")))
        {
            await first.StartAsync();
            await first.Timers.ArmAsync(timer, None);
            await first.StopAsync();
        }

        var firings = new FleetFirings();
        await using var next = ClusterNode.Create(database.ConnectionString, _time, handler: firings.For("next"));
        await next.StartAsync();
        _time.Advance(TimeSpan.FromMinutes(10));

        await firings.WhenAsync(f => f.Count == 1);
        Assert.Equal(("next", timer), Assert.Single(firings.Firings));
    }

    [Fact]
    public async Task DueTimePassesWhileEveryInstanceIsDown_TheNextOneFiresItOnStartUp()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var timer = FleetFirings.Timer("late", _time.GetUtcNow().AddMinutes(10));
        await using (var first = ClusterNode.Create(database.ConnectionString, _time))
        {
            await first.StartAsync();
            await first.Timers.ArmAsync(timer, None);
        }

        _time.Advance(TimeSpan.FromHours(2));
        var firings = new FleetFirings();
        await using var next = ClusterNode.Create(database.ConnectionString, _time, handler: firings.For("next"));
        await next.StartAsync();

        // Nobody moves the clock after start-up: the misfired timer fires once, due instant intact.
        await firings.WhenAsync(f => f.Count == 1);
        Assert.Equal(("next", timer), Assert.Single(firings.Firings));
    }
}

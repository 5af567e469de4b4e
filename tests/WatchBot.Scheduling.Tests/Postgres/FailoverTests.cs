using System.Diagnostics;
using WatchBot.Scheduling.Tests.Support;
using WatchBot.Testing.Postgres;
using Xunit.Abstractions;

namespace WatchBot.Scheduling.Tests.Postgres;

/// <summary>
/// An instance that dies while firing a timer: its check-ins stop, the other instance declares it dead
/// and fires the timer again, as a recovery. On the system clock, because the point is how long the
/// take-over takes: Quartz's check-ins run on real time.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    private static readonly CancellationToken None = CancellationToken.None;

    // Short, so the test is quick: the default (5 s + 15 s) takes over in about 20 s.
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Scheduling:ClusterCheckinInterval"] = "00:00:01",
        ["Scheduling:ClusterCheckinMisfireThreshold"] = "00:00:02",
    };

    [Fact]
    public async Task InstanceDiesWhileFiringATimer_TheOtherFiresItAsARecovery()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var firings = new FleetFirings(hangFirst: true);
        var time = TimeProvider.System;
        await using var a = ClusterNode.Create(database.ConnectionString, time, Settings, firings.For("a"));
        await using var b = ClusterNode.Create(database.ConnectionString, time, Settings, firings.For("b"));
        var nodes = new Dictionary<string, SchedulingHost> { ["a"] = a, ["b"] = b };
        await a.StartAsync();
        await b.StartAsync();
        var timer = FleetFirings.Timer("go", time.GetUtcNow().AddSeconds(1));

        try
        {
            await a.Timers.ArmAsync(timer, None);

            // Whichever node claims the timer hangs in it; then it dies: shut down without waiting, so
            // its check-ins stop and its firing is never completed.
            await firings.WhenAsync(f => f.Count == 1);
            var (dying, _) = firings.Firings[0];
            var survivor = dying == "a" ? "b" : "a";
            await (await nodes[dying].SchedulerAsync()).Shutdown(waitForJobsToComplete: false, None);
            var diedAt = Stopwatch.GetTimestamp();

            await firings.WhenAsync(f => f.Count == 2);
            var takeOver = Stopwatch.GetElapsedTime(diedAt);

            Assert.Equal([(dying, timer), (survivor, timer)], firings.Firings);
            var fired = await nodes[survivor].Logs.LoggedAsync(typeof(SessionTimerJob).FullName!, 3002);
            Assert.Contains("recovering: True", fired.Message, StringComparison.Ordinal);
            output.WriteLine($"take-over after the instance died: {takeOver.TotalSeconds:F1} s (check-in 1 s, threshold 2 s)");

            // Well under the budget, and not before the threshold: the survivor waited for the silence.
            Assert.InRange(takeOver, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        }
        finally
        {
            firings.Release();
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using WatchBot.Engine.Ports;
using WatchBot.Scheduling.Tests.Support;

namespace WatchBot.Scheduling.Tests.Postgres;

/// <summary>
/// One WatchBot instance's scheduling as the fleet runs it: <c>Storage:Provider</c> = postgres, so Quartz
/// is a node of the cluster in that database. Several nodes in one test share the database (and the
/// process), as instances on several machines share it.
/// </summary>
internal static class ClusterNode
{
    /// <summary>A SQLite path no PostgreSQL node may touch (a test checks that nothing appears there).</summary>
    public static readonly string UnusedSqlitePath = Path.Combine(Path.GetTempPath(), "watchbot-pg-unused-" + Guid.NewGuid().ToString("N")[..8], "quartz.db");

    public static SchedulingHost Create(
        string connectionString,
        TimeProvider time,
        IDictionary<string, string?>? settings = null,
        ITimerHandler? handler = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = connectionString,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return SchedulingHost.Create(UnusedSqlitePath, time, all, services =>
        {
            if (handler is not null)
            {
                services.AddSingleton(handler);
            }
        });
    }
}

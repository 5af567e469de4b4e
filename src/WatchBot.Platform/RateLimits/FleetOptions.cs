namespace WatchBot.Platform.RateLimits;

/// <summary>
/// How instances sharing a database divide a platform's budget (config section <c>Fleet</c>); only
/// with PostgreSQL: one process alone keeps the whole budget.
/// </summary>
public sealed class FleetOptions
{
    public const string SectionName = "Fleet";

    /// <summary>How often each instance says it is alive (default 2 s, 100 ms to 1 min); shorter than <see cref="InstanceLease"/>.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// An instance not heard from for this long no longer counts (default 10 s, 1 s to 5 min): also how
    /// long a newcomer waits before sending, and how long a dead instance's share stays unused.
    /// </summary>
    public TimeSpan InstanceLease { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether the settings make sense together.</summary>
    public static bool IsValid(FleetOptions options) =>
        options is not null
        && options.HeartbeatInterval >= TimeSpan.FromMilliseconds(100) && options.HeartbeatInterval <= TimeSpan.FromMinutes(1)
        && options.InstanceLease >= TimeSpan.FromSeconds(1) && options.InstanceLease <= TimeSpan.FromMinutes(5)
        && options.HeartbeatInterval < options.InstanceLease;

    /// <summary>What <see cref="IsValid"/> checks, as the start-up error says it.</summary>
    public const string Problem = "Fleet:HeartbeatInterval (00:00:00.100–00:01:00) must be shorter than Fleet:InstanceLease (00:00:01–00:05:00).";
}

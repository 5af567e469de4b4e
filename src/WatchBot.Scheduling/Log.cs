using Microsoft.Extensions.Logging;

namespace WatchBot.Scheduling;

/// <summary>The scheduler adapter's log messages (EventIds 3000–3099). Ids, kinds and instants only: never user text.</summary>
internal static partial class Log
{
    [LoggerMessage(3000, LogLevel.Debug, "Timer {Kind} of {Aggregate} armed for {DueAt:O}")]
    public static partial void TimerArmed(ILogger logger, string aggregate, string kind, DateTimeOffset dueAt);

    [LoggerMessage(3001, LogLevel.Debug, "Timers of {Aggregate} disarmed ({Count} removed)")]
    public static partial void TimersDisarmed(ILogger logger, string aggregate, int count);

    [LoggerMessage(3002, LogLevel.Debug, "Timer {Kind} of {Aggregate} fired (recovering: {Recovering})")]
    public static partial void TimerFired(ILogger logger, string aggregate, string kind, bool recovering);

    [LoggerMessage(3003, LogLevel.Warning, "Job {JobKey} carries malformed timer data; ignored")]
    public static partial void MalformedJobData(ILogger logger, string jobKey);

    [LoggerMessage(3004, LogLevel.Error, "Handling timer {Kind} of {Aggregate} failed; start-up recovery will catch up")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string aggregate, string kind);

    [LoggerMessage(3005, LogLevel.Information, "Quartz job store: {Path}")]
    public static partial void JobStoreOpened(ILogger logger, string path);

    [LoggerMessage(3006, LogLevel.Information, "Timer {Kind} of {Aggregate} not changed: the scheduler has stopped; start-up recovery re-arms it")]
    public static partial void NotArmedWhileStopping(ILogger logger, string aggregate, string kind);

    [LoggerMessage(3007, LogLevel.Information, "Quartz job store: PostgreSQL {Host}:{Port}/{Database}, clustered")]
    public static partial void PostgresJobStoreOpened(ILogger logger, string host, int port, string database);

    [LoggerMessage(3010, LogLevel.Error, "The retention pass failed; the next daily run tries again")]
    public static partial void RetentionFailed(ILogger logger, Exception exception);
}
